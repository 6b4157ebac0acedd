package dev.interop.adapters.jdbc;

import java.time.Instant;

/**
 * A {@code payments} row: the queried columns and the full state as a JSON document. {@code klarnaPaymentRequestId}
 * is present only while the payment waits for the customer.
 */
record PaymentRow(String id, String partnerId, String checkoutSessionId, String journey, String state,
        long amountMinor, String currency, String klarnaPaymentRequestId, Instant createdAt, long version,
        String document) {
}
