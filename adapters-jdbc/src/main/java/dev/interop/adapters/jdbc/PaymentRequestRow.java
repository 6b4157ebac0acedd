package dev.interop.adapters.jdbc;

import java.time.Instant;

/** A {@code payment_requests} row: the queried columns and the full state as a JSON document. */
record PaymentRequestRow(String id, String partnerId, String customerSessionId, String intent, String state,
        long amountMinor, String currency, Instant createdAt, Instant expiresAt, long version, String document) {
}
