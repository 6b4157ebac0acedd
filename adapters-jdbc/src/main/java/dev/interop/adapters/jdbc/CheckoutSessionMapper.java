package dev.interop.adapters.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interop.acquirer.domain.checkout.CheckoutSession;
import dev.interop.acquirer.domain.checkout.CheckoutSessionId;
import dev.interop.acquirer.domain.checkout.CheckoutSessionKind;
import dev.interop.acquirer.domain.checkout.CheckoutSessionState;
import dev.interop.acquirer.domain.journey.JourneyKind;
import dev.interop.shared.network.PresentationInstruction;
import dev.interop.acquirer.domain.partner.PartnerId;
import dev.interop.shared.token.InteroperabilityData;

/**
 * {@link CheckoutSession} ⇄ {@link CheckoutSessionRow}. The token is stored only sealed (already encrypted, R2) with
 * its hash; the interoperability data as its raw text, unchanged. The sealed state is rebuilt by an exhaustive switch
 * over {@link CheckoutSessionKind}.
 */
final class CheckoutSessionMapper {

    private static final int FORMAT = 1;

    private CheckoutSessionMapper() {
    }

    static CheckoutSessionRow toRow(CheckoutSession session) {
        ObjectNode document = Json.object();
        document.put("format", FORMAT);
        document.put("id", session.id().value());
        document.put("partner", session.partner().value());
        document.put("journey", session.journey().name());
        document.put("klarna_instruction", session.klarnaInstruction().name());
        document.set("amount", ValueJson.money(session.amount()));
        Json.putOptional(document, "reference", session.reference());
        document.set("line_items", Json.arrayOf(session.lineItems(), ValueJson::lineItem));
        Json.putOptionalNode(document, "token", session.token(), ValueJson::sealedToken);
        Json.putOptional(document, "data", session.data().map(InteroperabilityData::raw));
        document.set("state", state(session.state()));
        document.put("created_at", session.createdAt().toString());
        document.put("expires_at", session.expiresAt().toString());
        document.put("version", session.version());
        document.put("event_count", session.eventCount());
        return new CheckoutSessionRow(session.id().value(), session.partner().value(), session.journey().name(),
                session.kind().name(), session.amount().minorUnits(), session.amount().currency().code(),
                session.token().map(token -> token.hash().hex()).getOrNull(), session.createdAt(),
                session.expiresAt(), session.version(), Json.write(document));
    }

    static CheckoutSession fromRow(CheckoutSessionRow row) {
        try {
            JsonNode document = Json.parse(row.document());
            CheckoutSession session = new CheckoutSession(
                    new CheckoutSessionId(Json.text(document, "id")),
                    new PartnerId(Json.text(document, "partner")),
                    Json.enumValue(document, "journey", JourneyKind.class),
                    Json.enumValue(document, "klarna_instruction", PresentationInstruction.class),
                    ValueJson.money(Json.required(document, "amount")),
                    Json.optionalText(document, "reference"),
                    Json.list(document, "line_items", ValueJson::lineItem),
                    Json.optional(document, "token").map(ValueJson::sealedToken),
                    Json.optionalText(document, "data").map(ValueJson::data),
                    state(Json.required(document, "state")),
                    Json.instant(document, "created_at"),
                    Json.instant(document, "expires_at"),
                    Json.integer(document, "version"),
                    Json.integer(document, "event_count"));
            if (!session.id().value().equals(row.id()) || session.version() != row.version()) {
                throw new CorruptDocumentException("checkout session row " + row.id()
                        + " disagrees with its document");
            }
            return session;
        } catch (IllegalArgumentException | NullPointerException invalid) {
            throw new CorruptDocumentException("checkout session row " + row.id() + " breaks an invariant", invalid);
        }
    }

    private static ObjectNode state(CheckoutSessionState state) {
        ObjectNode node = Json.object();
        node.put("kind", state.kind().name());
        return switch (state.kind()) {
            case OPEN -> node;
            case PAYMENT_REGISTERED -> node.put("payment_id",
                    ((CheckoutSessionState.PaymentRegistered) state).paymentId());
            case COMPLETED -> {
                CheckoutSessionState.Completed completed = (CheckoutSessionState.Completed) state;
                node.put("payment_id", completed.paymentId());
                yield node.put("at", completed.at().toString());
            }
            case EXPIRED -> node.put("at", ((CheckoutSessionState.Expired) state).at().toString());
            case CANCELED -> node.put("at", ((CheckoutSessionState.Canceled) state).at().toString());
        };
    }

    private static CheckoutSessionState state(JsonNode node) {
        return switch (Json.enumValue(node, "kind", CheckoutSessionKind.class)) {
            case OPEN -> new CheckoutSessionState.Open();
            case PAYMENT_REGISTERED -> new CheckoutSessionState.PaymentRegistered(Json.text(node, "payment_id"));
            case COMPLETED -> new CheckoutSessionState.Completed(Json.text(node, "payment_id"),
                    Json.instant(node, "at"));
            case EXPIRED -> new CheckoutSessionState.Expired(Json.instant(node, "at"));
            case CANCELED -> new CheckoutSessionState.Canceled(Json.instant(node, "at"));
        };
    }
}
