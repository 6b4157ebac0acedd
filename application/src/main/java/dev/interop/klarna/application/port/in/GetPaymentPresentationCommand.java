package dev.interop.klarna.application.port.in;

import dev.interop.shared.network.PartnerAccountId;
import dev.interop.shared.domain.Money;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.control.Option;
import java.util.Objects;

/** Klarna's Payment Presentation, asked by the Acquiring Partner for a Partner's account. */
public record GetPaymentPresentationCommand(PartnerAccountId account, Money amount, Option<String> locale,
        Option<InteroperabilityToken> token) {

    public GetPaymentPresentationCommand {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(token, "token");
    }
}
