package dev.interop.adapters.http.api;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;

/**
 * Journey outcomes as seen at the HTTP boundary, counted once per accepted request (an idempotent replay is not
 * counted again). Tags are bounded enums (journey, status, instruction), never ids.
 *
 * <ul>
 *   <li>{@value #PAYMENTS} ({@code interop_payments_total{journey,status}}): payments created, by journey and the
 *       status they were created with (AUTHORIZED, REQUIRES_CUSTOMER_ACTION, DECLINED, ERRORED);</li>
 *   <li>{@value #CHECKOUT_SESSIONS} ({@code interop_checkout_sessions_total{journey}}): checkout sessions opened;</li>
 *   <li>{@value #PRESENTATIONS} ({@code interop_payment_method_presentations_total{instruction}}): payment methods
 *       presented, by Klarna's instruction.</li>
 * </ul>
 */
public final class JourneyMetrics {

    public static final String PAYMENTS = "interop.payments";
    public static final String CHECKOUT_SESSIONS = "interop.checkout.sessions";
    public static final String PRESENTATIONS = "interop.payment.method.presentations";

    private final MeterRegistry registry;

    public JourneyMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    void paymentCreated(String journey, String status) {
        Counter.builder(PAYMENTS).description("Payments created, by journey and initial status")
                .tag("journey", journey).tag("status", status).register(registry).increment();
    }

    void checkoutSessionOpened(String journey) {
        Counter.builder(CHECKOUT_SESSIONS).description("Checkout sessions opened, by journey")
                .tag("journey", journey).register(registry).increment();
    }

    void paymentMethodsPresented(String instruction) {
        Counter.builder(PRESENTATIONS).description("Payment methods presented, by Klarna's instruction")
                .tag("instruction", instruction).register(registry).increment();
    }
}
