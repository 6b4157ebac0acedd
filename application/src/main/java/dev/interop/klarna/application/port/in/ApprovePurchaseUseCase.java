package dev.interop.klarna.application.port.in;

import dev.interop.shared.application.port.UseCaseError;

import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Klarna side, the customer's action: approve. The risk policy decides; an approved request COMPLETES, the customer
 * session records the approval (or the prepared payment, for intent PREPARATION), a fresh token valid 60 minutes is
 * issued (R3, R6) and the AP is notified. A customer the risk policy declines ends the request DECLINED, no token.
 */
public interface ApprovePurchaseUseCase {

    Either<UseCaseError, Result> approve(ApprovePurchaseCommand command);

    /** The request after approval, and the fresh token when it completed. */
    record Result(PaymentRequest request, Option<InteroperabilityToken> token) {
    }
}
