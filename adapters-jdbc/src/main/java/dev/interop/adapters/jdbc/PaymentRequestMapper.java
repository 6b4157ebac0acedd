package dev.interop.adapters.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.klarna.domain.paymentrequest.Intent;
import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestState;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind;
import dev.interop.klarna.domain.paymentrequest.StateReason;

/**
 * {@link PaymentRequest} ⇄ {@link PaymentRequestRow}. The sealed state is written with its kind and rebuilt by an
 * exhaustive switch over {@link PaymentRequestStateKind}; the completion token is kept as its hash only (R2).
 */
final class PaymentRequestMapper {

    private static final int FORMAT = 1;

    private PaymentRequestMapper() {
    }

    static PaymentRequestRow toRow(PaymentRequest request) {
        ObjectNode document = Json.object();
        document.put("format", FORMAT);
        document.put("id", request.id().value());
        document.put("partner", request.partner().value());
        Json.putOptional(document, "customer_session_id", request.customerSessionId());
        document.put("intent", request.intent().name());
        document.set("amount", ValueJson.money(request.amount()));
        Json.putOptional(document, "reference", request.reference());
        document.set("line_items", Json.arrayOf(request.lineItems(), ValueJson::lineItem));
        Json.putOptional(document, "return_url", request.returnUrl());
        Json.putOptionalNode(document, "shipping", request.shipping(), ValueJson::shippingSelection);
        document.set("state", state(request.state()));
        Json.putOptional(document, "previous_state", request.previousState().map(Enum::name));
        Json.putOptional(document, "state_reason", request.stateReason().map(Enum::name));
        document.put("created_at", request.createdAt().toString());
        document.put("expires_at", request.expiresAt().toString());
        document.put("version", request.version());
        document.put("event_count", request.eventCount());
        return new PaymentRequestRow(request.id().value(), request.partner().value(),
                request.customerSessionId().getOrNull(), request.intent().name(), request.kind().name(),
                request.amount().minorUnits(), request.amount().currency().code(), request.createdAt(),
                request.expiresAt(), request.version(), Json.write(document));
    }

    static PaymentRequest fromRow(PaymentRequestRow row) {
        try {
            JsonNode document = Json.parse(row.document());
            PaymentRequest request = new PaymentRequest(
                    PaymentRequestId.parse(Json.text(document, "id"), "id")
                            .getOrElseThrow(rejection -> new CorruptDocumentException(rejection.detail())),
                    PartnerAccountId.of(Json.text(document, "partner")),
                    Json.optionalText(document, "customer_session_id"),
                    Json.enumValue(document, "intent", Intent.class),
                    ValueJson.money(Json.required(document, "amount")),
                    Json.optionalText(document, "reference"),
                    Json.list(document, "line_items", ValueJson::lineItem),
                    Json.optionalText(document, "return_url"),
                    Json.optional(document, "shipping").map(ValueJson::shippingSelection),
                    state(Json.required(document, "state")),
                    Json.optionalEnum(document, "previous_state", PaymentRequestStateKind.class),
                    Json.optionalEnum(document, "state_reason", StateReason.class),
                    Json.instant(document, "created_at"),
                    Json.instant(document, "expires_at"),
                    Json.integer(document, "version"),
                    Json.integer(document, "event_count"));
            if (!request.id().value().equals(row.id()) || request.version() != row.version()) {
                throw new CorruptDocumentException("payment request row " + row.id() + " disagrees with its document");
            }
            return request;
        } catch (IllegalArgumentException | NullPointerException invalid) {
            throw new CorruptDocumentException("payment request row " + row.id() + " breaks an invariant", invalid);
        }
    }

    private static ObjectNode state(PaymentRequestState state) {
        ObjectNode node = Json.object();
        node.put("kind", state.kind().name());
        return switch (state.kind()) {
            case SUBMITTED, IN_PROGRESS -> node;
            case COMPLETED -> {
                PaymentRequestState.Completed completed = (PaymentRequestState.Completed) state;
                node.put("completed_at", completed.completedAt().toString());
                node.put("token_hash", completed.tokenHash().hex());
                yield node.put("token_valid_until", completed.tokenValidUntil().toString());
            }
            case CANCELED -> node.put("at", ((PaymentRequestState.Canceled) state).at().toString());
            case EXPIRED -> node.put("at", ((PaymentRequestState.Expired) state).at().toString());
            case DECLINED -> node.put("at", ((PaymentRequestState.Declined) state).at().toString());
        };
    }

    private static PaymentRequestState state(JsonNode node) {
        return switch (Json.enumValue(node, "kind", PaymentRequestStateKind.class)) {
            case SUBMITTED -> new PaymentRequestState.Submitted();
            case IN_PROGRESS -> new PaymentRequestState.InProgress();
            case COMPLETED -> new PaymentRequestState.Completed(Json.instant(node, "completed_at"),
                    ValueJson.tokenHash(Json.text(node, "token_hash")), Json.instant(node, "token_valid_until"));
            case CANCELED -> new PaymentRequestState.Canceled(Json.instant(node, "at"));
            case EXPIRED -> new PaymentRequestState.Expired(Json.instant(node, "at"));
            case DECLINED -> new PaymentRequestState.Declined(Json.instant(node, "at"));
        };
    }
}
