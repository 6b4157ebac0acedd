package dev.interop.acquirer.application.port.in;

import dev.interop.acquirer.domain.checkout.CheckoutSessionId;
import dev.interop.acquirer.domain.partner.PartnerId;
import dev.interop.shared.domain.LineItem;
import dev.interop.shared.domain.Money;
import dev.interop.shared.token.InteroperabilityData;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A conditional update on the review screen (e.g. the customer changed shipping, so the amount changed): applies only
 * if the session is still at {@code expectedVersion} (the {@code If-Match} ETag, R14).
 */
public record UpdateCheckoutSessionCommand(PartnerId partner, CheckoutSessionId id, long expectedVersion,
        Option<Money> amount, Option<List<LineItem>> lineItems, Option<String> reference,
        Option<InteroperabilityToken> token, Option<InteroperabilityData> data) {

    public UpdateCheckoutSessionCommand {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(lineItems, "lineItems");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(data, "data");
    }
}
