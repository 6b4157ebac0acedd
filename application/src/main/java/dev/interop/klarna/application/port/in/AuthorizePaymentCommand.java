package dev.interop.klarna.application.port.in;

import dev.interop.shared.network.PartnerAccountId;
import dev.interop.shared.domain.Money;
import dev.interop.shared.token.InteroperabilityData;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Klarna's {@code authorizePayment}, asked by the AP: the token (if the Partner had one), the amount, the AP's
 * transaction reference, the data points, and a step-up return URL when the customer is present (R11: without it,
 * never STEP_UP_REQUIRED). {@code paymentRequestReference} ({@code step_up_config.payment_request_reference}) names
 * the Payment Request a step-up creates; without it the request takes the transaction reference.
 */
public record AuthorizePaymentCommand(PartnerAccountId account, Option<InteroperabilityToken> token, Money amount,
        String reference, Option<InteroperabilityData> data, Option<String> stepUpReturnUrl,
        Option<String> paymentRequestReference) {

    public AuthorizePaymentCommand {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(stepUpReturnUrl, "stepUpReturnUrl");
        Objects.requireNonNull(paymentRequestReference, "paymentRequestReference");
    }

    /** Without a Payment Request reference: a step-up's request takes the transaction reference. */
    public AuthorizePaymentCommand(PartnerAccountId account, Option<InteroperabilityToken> token, Money amount,
            String reference, Option<InteroperabilityData> data, Option<String> stepUpReturnUrl) {
        this(account, token, amount, reference, data, stepUpReturnUrl, Option.none());
    }
}
