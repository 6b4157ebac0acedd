package dev.interop.klarna.application.port.in;

import dev.interop.shared.network.PartnerAccountId;
import dev.interop.klarna.domain.paymentrequest.Intent;
import dev.interop.shared.domain.LineItem;
import dev.interop.shared.domain.Money;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;

/** The AP creates a Payment Request directly (step-up it drives itself). TTL 15 min–48 h, default 3 h. */
public record CreatePaymentRequestCommand(PartnerAccountId account, Option<InteroperabilityToken> token,
        Intent intent, Money amount, List<LineItem> lineItems, Option<String> reference, Option<String> returnUrl,
        Option<Duration> ttl) {

    public CreatePaymentRequestCommand {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(lineItems, "lineItems");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(returnUrl, "returnUrl");
        Objects.requireNonNull(ttl, "ttl");
    }
}
