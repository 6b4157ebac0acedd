package dev.interop.acquirer.application.port.in;

import dev.interop.acquirer.domain.checkout.CheckoutSessionId;
import dev.interop.acquirer.domain.partner.PartnerId;
import dev.interop.shared.domain.Money;
import dev.interop.shared.token.InteroperabilityData;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A Partner submits a payment server-side (journeys 1–3), or registers it requesting finalization
 * ({@code finalization = true}, journey 4, after the review screen). {@code stepUpReturnUrl} says the customer is
 * present and may be sent through Klarna's purchase journey.
 */
public record SubmitPaymentCommand(PartnerId partner, Money amount, String reference,
        Option<CheckoutSessionId> checkoutSessionId, boolean finalization, Option<String> stepUpReturnUrl,
        Option<InteroperabilityToken> token, Option<InteroperabilityData> data) {

    public SubmitPaymentCommand {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(checkoutSessionId, "checkoutSessionId");
        Objects.requireNonNull(stepUpReturnUrl, "stepUpReturnUrl");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(data, "data");
    }
}
