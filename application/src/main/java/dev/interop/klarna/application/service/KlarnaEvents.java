package dev.interop.klarna.application.service;

import dev.interop.shared.network.IntegrationType;
import dev.interop.shared.network.KlarnaClientId;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.shared.domain.DomainEvent;
import dev.interop.shared.domain.Money;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * Timeline events of the aggregates that are born once and never change (a Partner, a payment transaction), so they
 * have no transition of their own: their creation is event 1 of their timeline (R15). No secret is ever a field.
 */
public final class KlarnaEvents {

    static final String PARTNER_ACCOUNT = "partner_account";
    static final String PAYMENT_TRANSACTION = "payment_transaction";

    private KlarnaEvents() {
    }

    /** An Acquiring Partner onboarded a Partner account. */
    public record PartnerAccountCreated(PartnerAccountId accountId, KlarnaClientId clientId, String reference, String name,
            IntegrationType integrationType, boolean dynamicShipping, Instant at) implements DomainEvent {
        @Override
        public String type() {
            return "partner_account.created";
        }
    }

    /** An authorization was approved and created this transaction, consuming its session's token (R5). */
    public record PaymentTransactionCreated(String transactionId, PartnerAccountId partner, Option<String> customerSessionId,
            Money amount, Option<String> reference, Instant at) implements DomainEvent {
        @Override
        public String type() {
            return "payment_transaction.created";
        }
    }
}
