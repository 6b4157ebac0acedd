package dev.interop.adapters.jdbc;

import java.time.Instant;

/** A {@code checkout_sessions} row: the queried columns and the full state as a JSON document. */
record CheckoutSessionRow(String id, String partnerId, String journey, String state, long amountMinor,
        String currency, String tokenHash, Instant createdAt, Instant expiresAt, long version, String document) {
}
