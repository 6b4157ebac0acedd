package dev.interop.application.port.in;

import dev.interop.domain.partner.PartnerId;
import dev.interop.domain.shared.LineItem;
import dev.interop.domain.shared.Money;
import dev.interop.domain.token.InteroperabilityData;
import dev.interop.domain.token.InteroperabilityToken;
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
