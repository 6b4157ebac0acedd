package dev.interop.adapters.jdbc;

import java.time.Instant;

/** A {@code customer_sessions} row: the queried columns and the full state as a JSON document. */
record CustomerSessionRow(String id, String partnerId, String kind, String lifecycle, Instant createdAt,
        Instant expiresAt, long version, String document) {
}
