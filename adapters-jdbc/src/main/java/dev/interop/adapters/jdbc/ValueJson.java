package dev.interop.adapters.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.interop.klarna.domain.session.CustomerIdentity;
import dev.interop.klarna.domain.session.CustomerTokenScope;
import dev.interop.shared.domain.CurrencyCode;
import dev.interop.shared.domain.LineItem;
import dev.interop.shared.domain.Money;
import dev.interop.klarna.domain.shipping.ShippingAddress;
import dev.interop.klarna.domain.shipping.ShippingOption;
import dev.interop.klarna.domain.shipping.ShippingSelection;
import dev.interop.shared.token.InteroperabilityData;
import dev.interop.acquirer.domain.token.SealedToken;
import dev.interop.shared.token.TokenHash;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;

/**
 * Explicit JSON shapes of the domain's shared value objects, used inside the aggregate documents. Money is
 * {@code {"minor_units": <integer>, "currency": "EUR"}}, never a floating-point number; a token hash is its hex;
 * a sealed token is its (already encrypted) ciphertext plus the hash; interoperability data is its raw text, kept
 * exactly as received.
 */
final class ValueJson {

    private ValueJson() {
    }

    static ObjectNode money(Money money) {
        ObjectNode node = Json.object();
        node.put("minor_units", money.minorUnits());
        node.put("currency", money.currency().code());
        return node;
    }

    static Money money(JsonNode node) {
        return new Money(Json.integer(node, "minor_units"), CurrencyCode.of(Json.text(node, "currency")));
    }

    static ObjectNode lineItem(LineItem item) {
        ObjectNode node = Json.object();
        node.put("name", item.name());
        node.put("quantity", item.quantity());
        node.set("unit_price", money(item.unitPrice()));
        node.set("total_amount", money(item.totalAmount()));
        return node;
    }

    static LineItem lineItem(JsonNode node) {
        return new LineItem(Json.text(node, "name"), Json.integer(node, "quantity"),
                money(Json.required(node, "unit_price")), money(Json.required(node, "total_amount")));
    }

    static TokenHash tokenHash(String hex) {
        return TokenHash.fromHex(hex);
    }

    static ObjectNode sealedToken(SealedToken token) {
        ObjectNode node = Json.object();
        node.put("ciphertext", token.ciphertext());
        node.put("hash", token.hash().hex());
        return node;
    }

    static SealedToken sealedToken(JsonNode node) {
        return new SealedToken(Json.text(node, "ciphertext"), tokenHash(Json.text(node, "hash")));
    }

    static InteroperabilityData data(String raw) {
        return new InteroperabilityData(raw);
    }

    static ObjectNode shippingSelection(ShippingSelection selection) {
        ObjectNode address = Json.object();
        ShippingAddress given = selection.address();
        Json.putOptional(address, "street_address", given.streetAddress());
        Json.putOptional(address, "postal_code", given.postalCode());
        Json.putOptional(address, "city", given.city());
        Json.putOptional(address, "region", given.region());
        address.put("country", given.country());
        ObjectNode option = Json.object();
        option.put("reference", selection.option().reference());
        option.put("display_name", selection.option().displayName());
        option.set("amount", money(selection.option().amount()));
        ObjectNode node = Json.object();
        node.set("address", address);
        node.set("option", option);
        return node;
    }

    static ShippingSelection shippingSelection(JsonNode node) {
        JsonNode address = Json.required(node, "address");
        JsonNode option = Json.required(node, "option");
        return new ShippingSelection(
                new ShippingAddress(Json.optionalText(address, "street_address"),
                        Json.optionalText(address, "postal_code"), Json.optionalText(address, "city"),
                        Json.optionalText(address, "region"), Json.text(address, "country")),
                new ShippingOption(Json.text(option, "reference"), Json.text(option, "display_name"),
                        money(Json.required(option, "amount"))));
    }

    /** A customer identity; the customer token is kept only as its reference and hash (R2). */
    static ObjectNode identity(CustomerIdentity identity) {
        ObjectNode node = Json.object();
        node.put("email", identity.email());
        Json.putOptional(node, "given_name", identity.givenName());
        Json.putOptional(node, "family_name", identity.familyName());
        node.put("customer_token_reference", identity.customerTokenReference());
        node.put("customer_token_hash", identity.customerTokenHash().hex());
        node.set("scopes", Json.arrayOf(List.ofAll(identity.scopes()).sorted(),
                scope -> TextNode.valueOf(scope.name())));
        return node;
    }

    static CustomerIdentity identity(JsonNode node) {
        return new CustomerIdentity(Json.text(node, "email"), Json.optionalText(node, "given_name"),
                Json.optionalText(node, "family_name"), Json.text(node, "customer_token_reference"),
                tokenHash(Json.text(node, "customer_token_hash")),
                HashSet.ofAll(Json.list(node, "scopes", scope -> scopeOf(scope))));
    }

    private static CustomerTokenScope scopeOf(JsonNode scope) {
        if (!scope.isTextual()) {
            throw new CorruptDocumentException("a scope is a string");
        }
        try {
            return CustomerTokenScope.valueOf(scope.textValue());
        } catch (IllegalArgumentException unknown) {
            throw new CorruptDocumentException("not a customer token scope: " + scope.textValue());
        }
    }
}
