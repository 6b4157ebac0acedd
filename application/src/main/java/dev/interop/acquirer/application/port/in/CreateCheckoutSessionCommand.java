package dev.interop.acquirer.application.port.in;

import dev.interop.acquirer.domain.partner.PartnerId;
import dev.interop.shared.domain.LineItem;
import dev.interop.shared.domain.Money;
import dev.interop.shared.token.InteroperabilityData;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Objects;

/** A Partner opens a checkout session with the AP, before the review screen, with the data points. */
public record CreateCheckoutSessionCommand(PartnerId partner, Money amount, Option<String> reference,
        List<LineItem> lineItems, Option<InteroperabilityToken> token, Option<InteroperabilityData> data) {

    public CreateCheckoutSessionCommand {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(lineItems, "lineItems");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(data, "data");
    }
}
