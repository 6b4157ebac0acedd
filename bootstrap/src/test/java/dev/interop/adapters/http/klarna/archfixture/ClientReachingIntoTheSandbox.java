package dev.interop.adapters.http.klarna.archfixture;

import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;

/** Broken on purpose: the HTTP Klarna client reading the sandbox's own types. */
public final class ClientReachingIntoTheSandbox {

    public String id(PaymentRequestId id) {
        return id.value();
    }
}
