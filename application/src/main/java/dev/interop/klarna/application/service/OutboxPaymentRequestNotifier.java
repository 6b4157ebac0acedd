package dev.interop.klarna.application.service;

import dev.interop.klarna.application.port.out.NotificationOutboxRepository;
import dev.interop.klarna.application.port.out.PaymentRequestNotifier;
import dev.interop.klarna.application.port.out.PaymentRequestRepository;
import dev.interop.klarna.application.port.out.WebhookRepository;
import dev.interop.klarna.domain.notification.EventTypes;
import dev.interop.klarna.domain.notification.NotificationEnvelope;
import dev.interop.klarna.domain.notification.OutboxNotification;
import dev.interop.klarna.domain.notification.Webhook;
import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind;
import dev.interop.shared.application.port.IdGenerator;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * The transactional outbox as Klarna's {@link PaymentRequestNotifier} (R19): inside the unit of work of the state
 * change, one outbox notification per enabled webhook whose event types match
 * ({@code payment.request.state-change.<state>}), each with a fresh event id from the id source and the full
 * envelope of {@code docs/klarna-wire.md} as its body: metadata (event type, id, version {@code v2}, occurred at,
 * the Partner's account as subject, {@value NotificationEnvelope#RECIPIENT_ACCOUNT_ID} as recipient, the webhook)
 * and payload (the request's id, reference, state, previous state and reason as just saved, and the fresh token only
 * with {@code COMPLETED}). Due at once; {@link DeliverNotificationsService} sends it after the commit, so a change
 * that rolls back sends nothing and one that commits is never lost.
 *
 * <p>Nothing registered, nothing written. The raw token stays in the outbox body only until the notification is
 * final (it is redacted then), and it is valid for 60 minutes anyway (R6).
 */
public final class OutboxPaymentRequestNotifier implements PaymentRequestNotifier {

    private final WebhookRepository webhooks;
    private final NotificationOutboxRepository outbox;
    private final PaymentRequestRepository requests;
    private final IdGenerator ids;

    public OutboxPaymentRequestNotifier(WebhookRepository webhooks, NotificationOutboxRepository outbox,
            PaymentRequestRepository requests, IdGenerator ids) {
        this.webhooks = Objects.requireNonNull(webhooks);
        this.outbox = Objects.requireNonNull(outbox);
        this.requests = Objects.requireNonNull(requests);
        this.ids = Objects.requireNonNull(ids);
    }

    @Override
    public void stateChanged(PaymentRequestStateChanged notification) {
        String eventType = EventTypes.stateChange(notification.state());
        List<Webhook> targets = webhooks.findAll().filter(webhook -> webhook.accepts(eventType));
        if (targets.isEmpty()) {
            return;
        }
        // The request as the change just saved it, for what the notification itself does not carry.
        Option<PaymentRequest> request = PaymentRequestId.parse(notification.paymentRequestId(), "id").toOption()
                .flatMap(requests::findById)
                .filter(saved -> saved.kind() == notification.state());
        Option<InteroperabilityToken> token = notification.state() == PaymentRequestStateKind.COMPLETED
                ? notification.token() : Option.none();
        for (Webhook webhook : targets) {
            String eventId = ids.newId();
            NotificationEnvelope envelope = new NotificationEnvelope(eventId, notification.occurredAt(),
                    notification.account().value(), NotificationEnvelope.RECIPIENT_ACCOUNT_ID, webhook.id(),
                    notification.paymentRequestId(), request.flatMap(PaymentRequest::reference),
                    notification.state(), request.flatMap(PaymentRequest::previousState),
                    request.flatMap(PaymentRequest::stateReason), token);
            outbox.add(OutboxNotification.pending(eventId, webhook.id(), eventType, envelope.toJson(),
                    notification.occurredAt()));
        }
    }
}
