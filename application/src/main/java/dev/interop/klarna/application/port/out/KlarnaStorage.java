package dev.interop.klarna.application.port.out;

import dev.interop.shared.application.port.EventStore;
import dev.interop.shared.application.port.IdempotencyStore;
import dev.interop.shared.application.port.UnitOfWork;
import java.util.Objects;

/**
 * Everything Klarna's side (the sandbox) stores, in one bundle. Invariant: every part present, and all of them join
 * the same {@link #unitOfWork}, which is this context's own: it never spans the Acquiring Partner's storage. The
 * webhooks and the notification outbox join it too, so an outbox notification commits with the state change it
 * reports (R19).
 */
public record KlarnaStorage(PartnerAccountRepository partnerAccounts, CustomerSessionRepository customerSessions,
        CustomerTokenRepository customerTokens, PaymentRequestRepository paymentRequests,
        PaymentTransactionRepository paymentTransactions, EventStore events, IdempotencyStore idempotency,
        WebhookRepository webhooks, NotificationOutboxRepository notificationOutbox,
        CompletionTokenVault completionTokens, UnitOfWork unitOfWork) {

    public KlarnaStorage {
        Objects.requireNonNull(partnerAccounts, "partnerAccounts");
        Objects.requireNonNull(customerSessions, "customerSessions");
        Objects.requireNonNull(customerTokens, "customerTokens");
        Objects.requireNonNull(paymentRequests, "paymentRequests");
        Objects.requireNonNull(paymentTransactions, "paymentTransactions");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(idempotency, "idempotency");
        Objects.requireNonNull(webhooks, "webhooks");
        Objects.requireNonNull(notificationOutbox, "notificationOutbox");
        Objects.requireNonNull(completionTokens, "completionTokens");
        Objects.requireNonNull(unitOfWork, "unitOfWork");
    }
}
