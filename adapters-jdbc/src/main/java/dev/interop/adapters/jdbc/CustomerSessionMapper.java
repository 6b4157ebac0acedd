package dev.interop.adapters.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.klarna.domain.session.Approval;
import dev.interop.klarna.domain.session.BoostFeature;
import dev.interop.klarna.domain.session.CustomerSession;
import dev.interop.klarna.domain.session.CustomerSessionId;
import dev.interop.klarna.domain.session.IssuedToken;
import dev.interop.klarna.domain.session.PreQualification;
import dev.interop.klarna.domain.session.PreparedPayment;
import dev.interop.klarna.domain.session.SessionLifecycle;
import dev.interop.klarna.domain.session.TouchPoint;

/**
 * {@link CustomerSession} ⇄ {@link CustomerSessionRow}. Tokens are stored as hashes only (R2), with their issue
 * instant and optional validity end; the lifecycle is rebuilt by an exhaustive switch over its stage.
 */
final class CustomerSessionMapper {

    private static final int FORMAT = 1;

    private CustomerSessionMapper() {
    }

    static CustomerSessionRow toRow(CustomerSession session) {
        ObjectNode document = Json.object();
        document.put("format", FORMAT);
        document.put("id", session.id().value());
        document.put("partner", session.partner().value());
        document.put("origin", session.origin().name());
        Json.putOptionalNode(document, "identity", session.identity(), ValueJson::identity);
        Json.putOptionalNode(document, "pre_qualification", session.preQualification(),
                CustomerSessionMapper::preQualification);
        Json.putOptionalNode(document, "prepared_payment", session.preparedPayment(),
                CustomerSessionMapper::preparedPayment);
        Json.putOptionalNode(document, "approval", session.approval(), CustomerSessionMapper::approval);
        document.set("touch_points", Json.arrayOf(session.touchPoints(), CustomerSessionMapper::touchPoint));
        document.set("tokens", Json.arrayOf(session.tokens(), CustomerSessionMapper::token));
        document.set("lifecycle", lifecycle(session.lifecycle()));
        document.put("created_at", session.createdAt().toString());
        document.put("expires_at", session.expiresAt().toString());
        document.put("version", session.version());
        document.put("event_count", session.eventCount());
        return new CustomerSessionRow(session.id().value(), session.partner().value(), session.kind().name(),
                session.lifecycle().stage().name(), session.createdAt(), session.expiresAt(), session.version(),
                Json.write(document));
    }

    static CustomerSession fromRow(CustomerSessionRow row) {
        try {
            JsonNode document = Json.parse(row.document());
            CustomerSession session = new CustomerSession(
                    CustomerSessionId.fromKrn(Json.text(document, "id")),
                    PartnerAccountId.of(Json.text(document, "partner")),
                    Json.enumValue(document, "origin", BoostFeature.class),
                    Json.optional(document, "identity").map(ValueJson::identity),
                    Json.optional(document, "pre_qualification").map(CustomerSessionMapper::preQualification),
                    Json.optional(document, "prepared_payment").map(CustomerSessionMapper::preparedPayment),
                    Json.optional(document, "approval").map(CustomerSessionMapper::approval),
                    Json.list(document, "touch_points", CustomerSessionMapper::touchPoint),
                    Json.list(document, "tokens", CustomerSessionMapper::token),
                    lifecycle(Json.required(document, "lifecycle")),
                    Json.instant(document, "created_at"),
                    Json.instant(document, "expires_at"),
                    Json.integer(document, "version"),
                    Json.integer(document, "event_count"));
            if (!session.id().value().equals(row.id()) || session.version() != row.version()) {
                throw new CorruptDocumentException("customer session row " + row.id()
                        + " disagrees with its document");
            }
            return session;
        } catch (IllegalArgumentException | NullPointerException invalid) {
            throw new CorruptDocumentException("customer session row " + row.id() + " breaks an invariant", invalid);
        }
    }

    private static ObjectNode preQualification(PreQualification result) {
        ObjectNode node = Json.object();
        node.put("approved", result.approved());
        Json.putOptionalNode(node, "purchase_power", result.purchasePower(), ValueJson::money);
        return node;
    }

    private static PreQualification preQualification(JsonNode node) {
        return new PreQualification(Json.bool(node, "approved"),
                Json.optional(node, "purchase_power").map(ValueJson::money));
    }

    private static ObjectNode preparedPayment(PreparedPayment prepared) {
        ObjectNode node = Json.object();
        node.set("amount", ValueJson.money(prepared.amount()));
        node.put("payment_request_id", prepared.paymentRequestId());
        return node;
    }

    private static PreparedPayment preparedPayment(JsonNode node) {
        return new PreparedPayment(ValueJson.money(Json.required(node, "amount")),
                Json.text(node, "payment_request_id"));
    }

    private static ObjectNode approval(Approval approval) {
        ObjectNode node = Json.object();
        node.set("approved_amount", ValueJson.money(approval.approvedAmount()));
        node.put("payment_request_id", approval.paymentRequestId());
        node.put("completed_at", approval.completedAt().toString());
        return node;
    }

    private static Approval approval(JsonNode node) {
        return new Approval(ValueJson.money(Json.required(node, "approved_amount")),
                Json.text(node, "payment_request_id"), Json.instant(node, "completed_at"));
    }

    private static ObjectNode touchPoint(TouchPoint touchPoint) {
        ObjectNode node = Json.object();
        node.put("feature", touchPoint.feature().name());
        node.put("at", touchPoint.at().toString());
        return node;
    }

    private static TouchPoint touchPoint(JsonNode node) {
        return new TouchPoint(Json.enumValue(node, "feature", BoostFeature.class), Json.instant(node, "at"));
    }

    private static ObjectNode token(IssuedToken token) {
        ObjectNode node = Json.object();
        node.put("hash", token.hash().hex());
        node.put("issued_at", token.issuedAt().toString());
        Json.putOptionalInstant(node, "valid_until", token.validUntil());
        return node;
    }

    private static IssuedToken token(JsonNode node) {
        return new IssuedToken(ValueJson.tokenHash(Json.text(node, "hash")), Json.instant(node, "issued_at"),
                Json.optionalInstant(node, "valid_until"));
    }

    private static ObjectNode lifecycle(SessionLifecycle lifecycle) {
        ObjectNode node = Json.object();
        node.put("stage", lifecycle.stage().name());
        return switch (lifecycle.stage()) {
            case ACTIVE -> node;
            case CONSUMED -> {
                SessionLifecycle.Consumed consumed = (SessionLifecycle.Consumed) lifecycle;
                node.put("transaction_id", consumed.transactionId());
                yield node.put("at", consumed.at().toString());
            }
            case EXPIRED -> node.put("at", ((SessionLifecycle.Expired) lifecycle).at().toString());
        };
    }

    private static SessionLifecycle lifecycle(JsonNode node) {
        return switch (Json.enumValue(node, "stage", SessionLifecycle.Stage.class)) {
            case ACTIVE -> new SessionLifecycle.Active();
            case CONSUMED -> new SessionLifecycle.Consumed(Json.text(node, "transaction_id"), Json.instant(node, "at"));
            case EXPIRED -> new SessionLifecycle.Expired(Json.instant(node, "at"));
        };
    }
}
