package dev.interop.klarna.application.sandbox;

import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;
import java.util.Objects;

/** Where the sandbox's Klarna purchase journey lives, as Klarna's {@code payment_request_url} would point there. */
public final class SandboxLinks {

    /** A request's URL is this, its id, then {@code /start}. */
    public static final String PAYMENT_REQUEST_URL_BASE = "https://pay.sandbox.interop.dev/requests/";

    private SandboxLinks() {
    }

    /** The URL of the purchase journey for a Payment Request (never carries a token, R2). */
    public static String paymentRequestUrl(PaymentRequestId id) {
        Objects.requireNonNull(id, "id");
        return PAYMENT_REQUEST_URL_BASE + id.value() + "/start";
    }
}
