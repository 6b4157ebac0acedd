package dev.interop.adapters.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interop.acquirer.domain.checkout.CheckoutSessionId;
import dev.interop.acquirer.domain.journey.JourneyKind;
import dev.interop.acquirer.domain.partner.PartnerId;
import dev.interop.acquirer.domain.payment.Payment;
import dev.interop.acquirer.domain.payment.PaymentId;
import dev.interop.acquirer.domain.payment.PaymentKind;
import dev.interop.acquirer.domain.payment.PaymentState;
import dev.interop.shared.token.InteroperabilityData;

/**
 * {@link Payment} ⇄ {@link PaymentRow}. The token is stored only sealed (R2), the data as its raw text; the sealed
 * state is rebuilt by an exhaustive switch over {@link PaymentKind}.
 */
final class PaymentMapper {

    private static final int FORMAT = 1;

    private PaymentMapper() {
    }

    static PaymentRow toRow(Payment payment) {
        ObjectNode document = Json.object();
        document.put("format", FORMAT);
        document.put("id", payment.id().value());
        document.put("partner", payment.partner().value());
        document.set("amount", ValueJson.money(payment.amount()));
        document.put("reference", payment.reference());
        Json.putOptional(document, "checkout_session_id", payment.checkoutSessionId().map(CheckoutSessionId::value));
        document.put("journey", payment.journey().name());
        document.put("finalization", payment.finalization());
        Json.putOptionalNode(document, "token", payment.token(), ValueJson::sealedToken);
        Json.putOptional(document, "data", payment.data().map(InteroperabilityData::raw));
        Json.putOptionalNode(document, "approved_amount", payment.approvedAmount(), ValueJson::money);
        document.put("reapproval_required", payment.reapprovalRequired());
        Json.putOptional(document, "step_up_return_url", payment.stepUpReturnUrl());
        document.set("state", state(payment.state()));
        document.put("created_at", payment.createdAt().toString());
        document.put("version", payment.version());
        document.put("event_count", payment.eventCount());
        String waitingOn = payment.state() instanceof PaymentState.RequiresCustomerAction waiting
                ? waiting.klarnaPaymentRequestId() : null;
        return new PaymentRow(payment.id().value(), payment.partner().value(),
                payment.checkoutSessionId().map(CheckoutSessionId::value).getOrNull(), payment.journey().name(),
                payment.kind().name(), payment.amount().minorUnits(), payment.amount().currency().code(), waitingOn,
                payment.createdAt(), payment.version(), Json.write(document));
    }

    static Payment fromRow(PaymentRow row) {
        try {
            JsonNode document = Json.parse(row.document());
            Payment payment = new Payment(
                    new PaymentId(Json.text(document, "id")),
                    new PartnerId(Json.text(document, "partner")),
                    ValueJson.money(Json.required(document, "amount")),
                    Json.text(document, "reference"),
                    Json.optionalText(document, "checkout_session_id").map(CheckoutSessionId::new),
                    Json.enumValue(document, "journey", JourneyKind.class),
                    Json.bool(document, "finalization"),
                    Json.optional(document, "token").map(ValueJson::sealedToken),
                    Json.optionalText(document, "data").map(ValueJson::data),
                    Json.optional(document, "approved_amount").map(ValueJson::money),
                    Json.bool(document, "reapproval_required"),
                    Json.optionalText(document, "step_up_return_url"),
                    state(Json.required(document, "state")),
                    Json.instant(document, "created_at"),
                    Json.integer(document, "version"),
                    Json.integer(document, "event_count"));
            if (!payment.id().value().equals(row.id()) || payment.version() != row.version()) {
                throw new CorruptDocumentException("payment row " + row.id() + " disagrees with its document");
            }
            return payment;
        } catch (IllegalArgumentException | NullPointerException invalid) {
            throw new CorruptDocumentException("payment row " + row.id() + " breaks an invariant", invalid);
        }
    }

    private static ObjectNode state(PaymentState state) {
        ObjectNode node = Json.object();
        node.put("kind", state.kind().name());
        return switch (state.kind()) {
            case AUTHORIZING -> {
                PaymentState.Authorizing authorizing = (PaymentState.Authorizing) state;
                authorizing.finalizing().forEach(request -> node.put("finalizing", request));
                yield node.put("since", authorizing.since().toString());
            }
            case AUTHORIZED -> {
                PaymentState.Authorized authorized = (PaymentState.Authorized) state;
                node.put("klarna_transaction_id", authorized.klarnaTransactionId());
                yield node.put("at", authorized.at().toString());
            }
            case REQUIRES_CUSTOMER_ACTION -> {
                PaymentState.RequiresCustomerAction waiting = (PaymentState.RequiresCustomerAction) state;
                node.put("klarna_payment_request_id", waiting.klarnaPaymentRequestId());
                node.put("url", waiting.url());
                yield node.put("at", waiting.at().toString());
            }
            case DECLINED -> {
                PaymentState.Declined declined = (PaymentState.Declined) state;
                node.put("reason", declined.reason());
                yield node.put("at", declined.at().toString());
            }
            case ERRORED -> {
                PaymentState.Errored errored = (PaymentState.Errored) state;
                node.put("detail", errored.detail());
                errored.finalizing().forEach(request -> node.put("finalizing", request));
                yield node.put("at", errored.at().toString());
            }
        };
    }

    private static PaymentState state(JsonNode node) {
        return switch (Json.enumValue(node, "kind", PaymentKind.class)) {
            case AUTHORIZING -> new PaymentState.Authorizing(Json.instant(node, "since"),
                    Json.optionalText(node, "finalizing"));
            case AUTHORIZED -> new PaymentState.Authorized(Json.text(node, "klarna_transaction_id"),
                    Json.instant(node, "at"));
            case REQUIRES_CUSTOMER_ACTION -> new PaymentState.RequiresCustomerAction(
                    Json.text(node, "klarna_payment_request_id"), Json.text(node, "url"), Json.instant(node, "at"));
            case DECLINED -> new PaymentState.Declined(Json.text(node, "reason"), Json.instant(node, "at"));
            case ERRORED -> new PaymentState.Errored(Json.text(node, "detail"), Json.instant(node, "at"),
                    Json.optionalText(node, "finalizing"));
        };
    }
}
