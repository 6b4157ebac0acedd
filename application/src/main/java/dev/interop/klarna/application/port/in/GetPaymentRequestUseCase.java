package dev.interop.klarna.application.port.in;

import dev.interop.shared.application.port.UseCaseError;

import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** Klarna side: reads a Payment Request (state, previous state, reason). */
public interface GetPaymentRequestUseCase {

    Either<UseCaseError, PaymentRequest> get(GetPaymentRequestCommand command);

    /**
     * The fresh token of a completed request while it is valid (Klarna's {@code state_context}); none for a request
     * in any other state, past its 60 minutes, or unknown to the account. By default none (a Klarna that keeps no
     * tokens, as a test double); {@code GetPaymentRequestService} answers from its vault.
     */
    default Option<InteroperabilityToken> completionToken(GetPaymentRequestCommand command) {
        return Option.none();
    }
}
