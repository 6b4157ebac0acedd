package dev.interop.klarna.application.port.in;

import dev.interop.shared.network.KlarnaClientId;
import dev.interop.klarna.domain.paymentrequest.Intent;
import dev.interop.shared.domain.LineItem;
import dev.interop.shared.domain.Money;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Objects;

/** The customer clicks the express checkout button: intent AUTHORIZATION (one-step) or PREPARATION (multi-step). */
public record StartExpressCheckoutCommand(KlarnaClientId clientId, Intent intent, Money amount,
        List<LineItem> lineItems, Option<String> reference) {

    public StartExpressCheckoutCommand {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(lineItems, "lineItems");
        Objects.requireNonNull(reference, "reference");
    }
}
