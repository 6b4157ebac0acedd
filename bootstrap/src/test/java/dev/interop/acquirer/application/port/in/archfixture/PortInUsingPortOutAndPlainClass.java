package dev.interop.acquirer.application.port.in.archfixture;

import dev.interop.acquirer.application.port.out.PaymentRepository;

/** Broken on purpose: a plain class in a port package, and an in-port depending on an out-port. */
public final class PortInUsingPortOutAndPlainClass {

    public PaymentRepository payments() {
        return null;
    }
}
