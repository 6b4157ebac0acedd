package dev.interop.application.port.in;

import dev.interop.domain.partner.KlarnaClientId;
import dev.interop.domain.paymentrequest.Intent;
import dev.interop.domain.shared.LineItem;
import dev.interop.domain.shared.Money;
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
