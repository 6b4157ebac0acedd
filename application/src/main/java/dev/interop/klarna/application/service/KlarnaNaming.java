package dev.interop.klarna.application.service;

import dev.interop.klarna.application.sandbox.SandboxLinks;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;

/**
 * The shapes of the identifiers and secrets the Klarna side hands out. Ids take their unique part
 * from the {@code IdGenerator}, secrets their randomness from the {@code TokenGenerator} (R2, R16); only the prefixes
 * live here, so adapters and tests can recognise them without parsing.
 */
public final class KlarnaNaming {

    /** Prefix of an interoperability (Klarna Network session) token. */
    public static final String SESSION_TOKEN_PREFIX = "krn:network:eu1:test:session-token:";
    /** Prefix of a Sign in with Klarna customer token. */
    public static final String CUSTOMER_TOKEN_PREFIX = "krn:partner:eu1:test:identity:customer-token:";
    /** Prefix of a customer token's public reference (not a secret). */
    public static final String CUSTOMER_TOKEN_REFERENCE_PREFIX = "krn:partner:eu1:test:identity:customer-token-ref:";
    /** Prefix of a Partner's public Klarna client id. */
    public static final String CLIENT_ID_PREFIX = "klarna_test_client_";
    /** Prefix of a Partner's Klarna account id; the unique part follows in upper case without dashes. */
    public static final String ACCOUNT_ID_PREFIX = "krn:partner:global:account:test:";
    /** Prefix of a Klarna payment transaction id. */
    public static final String TRANSACTION_ID_PREFIX = "krn:payment:eu1:transaction:";
    /** Where the sandbox's purchase journey lives; a request's URL is this, its id, then {@code /start}. */
    public static final String PAYMENT_REQUEST_URL_BASE = SandboxLinks.PAYMENT_REQUEST_URL_BASE;

    private KlarnaNaming() {
    }

    /** The URL of the purchase journey for a Payment Request (never carries a token, R2). */
    public static String paymentRequestUrl(PaymentRequestId id) {
        return SandboxLinks.paymentRequestUrl(id);
    }
}
