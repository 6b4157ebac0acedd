package dev.interop.klarna.application.port.in;

import dev.interop.shared.network.KlarnaClientId;
import dev.interop.shared.domain.CurrencyCode;
import dev.interop.shared.domain.Money;
import io.vavr.control.Option;
import java.util.Objects;

/** On-site messaging: the customer checks eligibility on the Partner's site, for an optional amount. */
public record StartPrequalificationCommand(KlarnaClientId clientId, String email, Option<Money> amount,
        CurrencyCode currency) {

    public StartPrequalificationCommand {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }
}
