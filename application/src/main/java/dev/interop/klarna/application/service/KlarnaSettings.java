package dev.interop.klarna.application.service;

import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import dev.interop.klarna.domain.session.CustomerSession;
import java.time.Duration;
import java.util.Objects;

/**
 * The Klarna side's tunables. Invariants: the customer session lifetime is positive and at most
 * {@link CustomerSession#MAX_TTL} (R6, default 24 h); the default Payment Request lifetime lies within
 * {@link PaymentRequest#MIN_TTL}..{@link PaymentRequest#MAX_TTL} (default 3 h); the R10 amount tolerance is not
 * negative (default 0).
 *
 * @param customerSessionTtl        how long a customer session lives after it starts
 * @param paymentRequestTtl         how long a Payment Request lives when its creator does not say
 * @param amountToleranceMinorUnits how far above the approved amount an authorization still counts as approved
 */
public record KlarnaSettings(Duration customerSessionTtl, Duration paymentRequestTtl, long amountToleranceMinorUnits) {

    /** 24 h sessions, 3 h Payment Requests, no tolerance. */
    public static final KlarnaSettings DEFAULTS = new KlarnaSettings(CustomerSession.DEFAULT_TTL,
            PaymentRequest.DEFAULT_TTL, 0);

    public KlarnaSettings {
        Objects.requireNonNull(customerSessionTtl, "customerSessionTtl");
        Objects.requireNonNull(paymentRequestTtl, "paymentRequestTtl");
        if (customerSessionTtl.isNegative() || customerSessionTtl.isZero()
                || customerSessionTtl.compareTo(CustomerSession.MAX_TTL) > 0) {
            throw new IllegalArgumentException("a customer session lives longer than zero and at most "
                    + CustomerSession.MAX_TTL.toDays() + " days");
        }
        if (paymentRequestTtl.compareTo(PaymentRequest.MIN_TTL) < 0
                || paymentRequestTtl.compareTo(PaymentRequest.MAX_TTL) > 0) {
            throw new IllegalArgumentException("a payment request lives 15 minutes to 48 hours");
        }
        if (amountToleranceMinorUnits < 0) {
            throw new IllegalArgumentException("the amount tolerance is never negative");
        }
    }

    public KlarnaSettings withCustomerSessionTtl(Duration ttl) {
        return new KlarnaSettings(ttl, paymentRequestTtl, amountToleranceMinorUnits);
    }

    public KlarnaSettings withPaymentRequestTtl(Duration ttl) {
        return new KlarnaSettings(customerSessionTtl, ttl, amountToleranceMinorUnits);
    }

    public KlarnaSettings withAmountToleranceMinorUnits(long tolerance) {
        return new KlarnaSettings(customerSessionTtl, paymentRequestTtl, tolerance);
    }
}
