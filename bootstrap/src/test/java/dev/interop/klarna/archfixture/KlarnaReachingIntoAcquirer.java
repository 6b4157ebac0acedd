package dev.interop.klarna.archfixture;

import dev.interop.acquirer.domain.payment.Payment;

/** Broken on purpose: Klarna's context reading the Acquiring Partner's payment directly. */
public final class KlarnaReachingIntoAcquirer {

    public String peek(Payment payment) {
        return payment.id().value();
    }
}
