package dev.interop.adapters.http.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interop.shared.application.port.StoredEvent;
import dev.interop.acquirer.application.port.in.CheckoutSessionView;
import dev.interop.acquirer.application.port.in.GetPaymentMethodsUseCase;
import dev.interop.acquirer.domain.checkout.CheckoutSession;
import dev.interop.acquirer.domain.checkout.CheckoutSessionAction;
import dev.interop.acquirer.domain.payment.Payment;
import dev.interop.acquirer.domain.payment.PaymentState;
import dev.interop.acquirer.domain.presentation.PaymentMethodView;
import dev.interop.shared.domain.LineItem;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * The response bodies of the Acquiring Partner API ({@code /v1}), snake_case on the wire. They never carry a token
 * or the interoperability data, only whether they were given.
 */
final class PartnerViews {

    private PartnerViews() {
    }

    /** {@code POST /v1/payment-methods}: the instruction and the methods in the order the customer should see them. */
    record PaymentMethods(String klarnaInstruction, List<PaymentMethod> paymentMethods, String journey) {
        static PaymentMethods of(GetPaymentMethodsUseCase.Result result) {
            return new PaymentMethods(result.instruction().name(),
                    result.methods().map(PaymentMethod::of).toJavaList(), result.journey().name());
        }
    }

    /** One payment method. */
    record PaymentMethod(String type, boolean preselected, boolean minimized) {
        static PaymentMethod of(PaymentMethodView view) {
            return new PaymentMethod(view.type().name(), view.preselected(), view.minimized());
        }
    }

    /** A line item as answered: integer minor units in the resource's currency. */
    record LineItemView(String name, long quantity, long unitPrice, long totalAmount) {
        static LineItemView of(LineItem item) {
            return new LineItemView(item.name(), item.quantity(), item.unitPrice().minorUnits(),
                    item.totalAmount().minorUnits());
        }
    }

    /**
     * What a Partner itself can do with a checkout session over this API: change it ({@code PATCH}) and pay it
     * ({@code POST /v1/payments} naming it). Expiry and the payment's own settlement are the server's moves.
     */
    static final Set<CheckoutSessionAction> PARTNER_ACTIONS = HashSet.of(CheckoutSessionAction.UPDATE, CheckoutSessionAction.REGISTER_PAYMENT);

    /** A checkout session; its {@code version} is also the {@code ETag}. */
    record CheckoutSessionBody(String id, String status, long amount, String currency, String klarnaInstruction,
            String journey, long version, List<String> allowedActions, Instant expiresAt, Instant createdAt,
            String reference, List<LineItemView> lineItems, String paymentId, boolean interoperabilityTokenPresent,
            boolean interoperabilityDataPresent) {
        static CheckoutSessionBody of(CheckoutSessionView view) {
            CheckoutSession session = view.session();
            return new CheckoutSessionBody(session.id().value(), session.kind().name(), session.amount().minorUnits(),
                    session.amount().currency().code(), view.klarnaInstruction().name(), session.journey().name(),
                    session.version(),
                    session.allowedActions().filter(PARTNER_ACTIONS::contains).map(Enum::name).toJavaList(),
                    session.expiresAt(),
                    session.createdAt(), session.reference().getOrNull(),
                    session.lineItems().map(LineItemView::of).toJavaList(), session.paymentId().getOrNull(),
                    session.token().isDefined(), session.data().isDefined());
        }
    }

    /** What Klarna knows of a payment: its transaction once authorized, its Payment Request during a step-up. */
    record KlarnaReferences(String paymentTransactionId, String paymentRequestId, String paymentRequestUrl) {
    }

    /** A payment. */
    record PaymentBody(String id, String status, String journey, long amount, String currency, String reference,
            String checkoutSessionId, @JsonProperty("finalize") boolean finalization, boolean reapprovalRequired,
            long version, List<String> allowedActions, Instant createdAt, KlarnaReferences klarna,
            String declineReason, String errorDetail) {
        static PaymentBody of(Payment payment) {
            PaymentState state = payment.state();
            String transaction = null;
            String request = null;
            String url = null;
            String declined = null;
            String errored = null;
            if (state instanceof PaymentState.Authorized authorized) {
                transaction = authorized.klarnaTransactionId();
            } else if (state instanceof PaymentState.RequiresCustomerAction action) {
                request = action.klarnaPaymentRequestId();
                url = action.url();
            } else if (state instanceof PaymentState.Declined decline) {
                declined = decline.reason();
            } else if (state instanceof PaymentState.Errored error) {
                errored = error.detail();
            }
            return new PaymentBody(payment.id().value(), payment.kind().name(), payment.journey().name(),
                    payment.amount().minorUnits(), payment.amount().currency().code(), payment.reference(),
                    payment.checkoutSessionId().map(Object::toString).getOrNull(), payment.finalization(),
                    payment.reapprovalRequired(), payment.version(),
                    payment.allowedActions().map(Enum::name).toJavaList(), payment.createdAt(),
                    new KlarnaReferences(transaction, request, url), declined, errored);
        }
    }

    /** A timeline (R15). */
    record Events(List<EventBody> events) {
        static Events of(io.vavr.collection.List<StoredEvent> events, ObjectMapper mapper) {
            return new Events(events.map(event -> EventBody.of(event, mapper)).toJavaList());
        }
    }

    /** One event: its per-aggregate sequence, type, time and payload. */
    record EventBody(long sequence, String type, Instant occurredAt, JsonNode data) {
        static EventBody of(StoredEvent event, ObjectMapper mapper) {
            try {
                return new EventBody(event.sequence(), event.type(), event.occurredAt(),
                        mapper.readTree(event.payload()));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new UncheckedIOException("a stored event payload is not JSON", e);
            }
        }
    }
}
