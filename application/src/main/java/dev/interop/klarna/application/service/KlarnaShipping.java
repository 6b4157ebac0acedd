package dev.interop.klarna.application.service;

import dev.interop.klarna.application.port.in.ShippingChangeResult;
import dev.interop.klarna.domain.KlarnaRejection;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.klarna.application.port.out.ShippingQuotesGateway;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestAction;
import dev.interop.shared.domain.Rejection;
import dev.interop.klarna.domain.shipping.ShippingAddress;
import dev.interop.klarna.domain.shipping.ShippingQuote;
import dev.interop.klarna.domain.shipping.ShippingRejectionReason;
import dev.interop.klarna.domain.shipping.ShippingSelection;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Objects;

/**
 * Dynamic shipping, shared by the address and option changes: the request's state is checked before the Partner is
 * asked (a final or expired request is refused with the machine's own codes, without a quote), the Partner's
 * rejection becomes a {@code Rejected} with Klarna's reason, and an accepted quote is applied to the request.
 */
final class KlarnaShipping {

    private final ShippingQuotesGateway quotes;
    private final KlarnaRequests requests;

    KlarnaShipping(ShippingQuotesGateway quotes, KlarnaRequests requests) {
        this.quotes = Objects.requireNonNull(quotes);
        this.requests = Objects.requireNonNull(requests);
    }

    /** Quotes {@code address}; the quote's selected option (or, if it selects none, its first one) is chosen. */
    Either<UseCaseError, ShippingChangeResult> changeAddress(PartnerAccountId partner, PaymentRequest request,
            ShippingAddress address, Instant now) {
        return checkState(request, now)
                .flatMap(ok -> quoted(quotes.quoteForAddress(partner, request.orderAmount(), address)))
                .flatMap(quote -> quote.selectedOption().isDefined() || quote.options().isEmpty() ? Either.right(quote)
                        : quoted(quotes.quoteForOption(partner, request.orderAmount(), address,
                                quote.options().head().reference())))
                .flatMap(quote -> apply(request, address, quote, ShippingRejectionReason.ADDRESS_NOT_SUPPORTED, now));
    }

    /** Quotes {@code optionReference} for the address that last quoted successfully (the request's selection). */
    Either<UseCaseError, ShippingChangeResult> selectOption(PartnerAccountId partner, PaymentRequest request,
            String optionReference, Instant now) {
        return checkState(request, now)
                .flatMap(ok -> request.shipping().map(ShippingSelection::address).toEither(() ->
                        (UseCaseError) new UseCaseError.Rejected(Rejection.of(KlarnaRejection.INVALID_OPTION,
                                "no shipping address was quoted yet; set the shipping address first"))))
                .flatMap(address -> quoted(quotes.quoteForOption(partner, request.orderAmount(), address,
                                optionReference))
                        .flatMap(quote -> apply(request, address, quote, ShippingRejectionReason.INVALID_OPTION,
                                now)));
    }

    private Either<UseCaseError, ShippingChangeResult> apply(PaymentRequest request, ShippingAddress address,
            ShippingQuote quote, ShippingRejectionReason withoutOption, Instant now) {
        if (quote.selectedOption().isEmpty()) {
            return KlarnaSupport.rejected(withoutOption.toRejection());
        }
        return requests.commit(request.changeShipping(new ShippingSelection(address, quote.selectedOption().get()),
                quote.amount(), now)).map(changed -> new ShippingChangeResult(changed, quote));
    }

    private static Either<UseCaseError, ShippingQuote> quoted(
            Either<ShippingRejectionReason, ShippingQuote> answer) {
        return answer.mapLeft(reason -> new UseCaseError.Rejected(reason.toRejection()));
    }

    /** The refusal {@link PaymentRequest#changeShipping} would give for the state alone, before the Partner is asked. */
    private static Either<UseCaseError, PaymentRequest> checkState(PaymentRequest request, Instant now) {
        if (request.allowedActions(now).contains(PaymentRequestAction.CHANGE_SHIPPING)) {
            return Either.right(request);
        }
        Rejection refusal = request.kind().isFinal()
                ? Rejection.of(KlarnaRejection.PAYMENT_REQUEST_FINAL,
                        "the payment request is " + request.kind() + ", a final state")
                : request.isDue(now)
                        ? Rejection.of(KlarnaRejection.PAYMENT_REQUEST_EXPIRED,
                                "the payment request expired at " + request.expiresAt())
                        : Rejection.of(CommonRejection.ACTION_NOT_ALLOWED,
                                "the shipping can change only while the customer is in the purchase journey "
                                        + "(IN_PROGRESS); the payment request is " + request.kind());
        return KlarnaSupport.rejected(refusal);
    }
}
