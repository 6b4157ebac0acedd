package dev.interop.acquirer.domain.payment;

import dev.interop.acquirer.domain.journey.JourneyKind;
import dev.interop.acquirer.domain.partner.PartnerProfile;
import dev.interop.shared.domain.Money;
import dev.interop.shared.token.InteroperabilityData;
import dev.interop.acquirer.domain.token.SealedToken;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * What a Partner asks for when it submits or registers a payment, as the application hands it to
 * {@link Payment#submit} or {@link Payment#registerForFinalization}: the Partner, the amount and reference, the
 * journey (decided from what Klarna says about the token), the data points (the token already sealed), the step-up
 * return URL when the customer is present and can be stepped up, and the amount the customer approved with Klarna
 * when Klarna told it. Invariant: every part present (possibly {@code none}); the values themselves are validated by
 * the factories, which answer rejections rather than throwing.
 */
public record PaymentOrder(PartnerProfile partner, Money amount, String reference, JourneyKind journey,
        Option<SealedToken> token, Option<InteroperabilityData> data, Option<String> stepUpReturnUrl,
        Option<Money> approvedAmount) {

    public PaymentOrder {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(journey, "journey");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(stepUpReturnUrl, "stepUpReturnUrl");
        Objects.requireNonNull(approvedAmount, "approvedAmount");
    }

    /** An order without data points, step-up or approved amount. */
    public static PaymentOrder of(PartnerProfile partner, Money amount, String reference, JourneyKind journey) {
        return new PaymentOrder(partner, amount, reference, journey, Option.none(), Option.none(), Option.none(),
                Option.none());
    }

    public PaymentOrder withToken(SealedToken sealed) {
        return new PaymentOrder(partner, amount, reference, journey, Option.some(sealed), data, stepUpReturnUrl,
                approvedAmount);
    }

    public PaymentOrder withData(InteroperabilityData given) {
        return new PaymentOrder(partner, amount, reference, journey, token, Option.some(given), stepUpReturnUrl,
                approvedAmount);
    }

    public PaymentOrder withStepUp(String returnUrl) {
        return new PaymentOrder(partner, amount, reference, journey, token, data, Option.some(returnUrl),
                approvedAmount);
    }

    public PaymentOrder withApprovedAmount(Money approved) {
        return new PaymentOrder(partner, amount, reference, journey, token, data, stepUpReturnUrl,
                Option.some(approved));
    }
}
