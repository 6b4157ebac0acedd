package dev.interop.klarna.domain.authorization;

import dev.interop.shared.network.PartnerAccountId;
import dev.interop.shared.domain.Money;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * The Klarna-side payment transaction an {@code APPROVED} authorization creates. Creating it consumes the customer
 * session's token (R5), so there is at most one per session.
 *
 * @param id                a KRN such as {@code krn:payment:eu1:transaction:<uuid>}
 * @param customerSessionId the session whose token was consumed, if a token was presented
 */
public record PaymentTransaction(String id, PartnerAccountId partner, Option<String> customerSessionId, Money amount,
        Option<String> reference, Instant createdAt) {

    public PaymentTransaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(customerSessionId, "customerSessionId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a payment transaction has a positive amount");
        }
    }
}
