package dev.interop.acquirer.application.port.in;

import dev.interop.acquirer.domain.partner.PartnerId;
import dev.interop.shared.domain.Money;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.control.Option;
import java.util.Objects;

/** A Partner asks which payment methods to show for an amount, forwarding the customer's token if it has one. */
public record GetPaymentMethodsCommand(PartnerId partner, Money amount, Option<String> locale,
        Option<InteroperabilityToken> token) {

    public GetPaymentMethodsCommand {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(token, "token");
    }
}
