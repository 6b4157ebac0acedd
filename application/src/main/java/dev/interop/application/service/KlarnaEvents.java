package dev.interop.application.service;

import dev.interop.domain.partner.IntegrationType;
import dev.interop.domain.partner.KlarnaClientId;
import dev.interop.domain.partner.PartnerAccountId;
import dev.interop.domain.partner.PartnerId;
import dev.interop.domain.shared.DomainEvent;
import dev.interop.domain.shared.Money;
import dev.interop.domain.shared.Transition;
import dev.interop.domain.shared.Versioned;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * Timeline events of the aggregates that are born once and never change (a Partner, a payment transaction), so they
 * have no transition of their own: their creation is event 1 of their timeline (R15). No secret is ever a field.
 */
final class KlarnaEvents {

    static final String PARTNER = "partner";
    static final String PAYMENT_TRANSACTION = "payment_transaction";

    private KlarnaEvents() {
    }

    /** Appends {@code event} as the first (and only) event of a write-once aggregate. */
    static void recordCreation(EventRecorder recorder, String aggregateType, String aggregateId, DomainEvent event) {
        recorder.record(aggregateType, aggregateId, Transition.of(new Created(), event));
    }

    /** A write-once aggregate right after its creation: version 1, one event. */
    private record Created() implements Versioned {
        @Override
        public long version() {
            return 1;
        }

        @Override
        public long eventCount() {
            return 1;
        }
    }

    /** An admin registered a Partner (its API key is deliberately absent). */
    record PartnerCreated(PartnerId partnerId, String name, IntegrationType integrationType, boolean dynamicShipping,
            KlarnaClientId klarnaClientId, PartnerAccountId klarnaAccountId, Instant at) implements DomainEvent {
        @Override
        public String type() {
            return "partner.created";
        }
    }

    /** An authorization was approved and created this transaction, consuming its session's token (R5). */
    record PaymentTransactionCreated(String transactionId, PartnerId partner, Option<String> customerSessionId,
            Money amount, Option<String> reference, Instant at) implements DomainEvent {
        @Override
        public String type() {
            return "payment_transaction.created";
        }
    }
}
