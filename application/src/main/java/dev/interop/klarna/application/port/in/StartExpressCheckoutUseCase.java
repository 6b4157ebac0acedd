package dev.interop.klarna.application.port.in;

import dev.interop.shared.application.port.UseCaseError;

import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import io.vavr.control.Either;

/**
 * Klarna side, journeys 3 and 4: starts an express-checkout customer session and its Payment Request. Intent
 * AUTHORIZATION (one-step) is refused for a Partner that is not server-side-only with dynamic shipping, with a reason
 * that points to the multi-step journey (R8).
 */
public interface StartExpressCheckoutUseCase {

    Either<UseCaseError, PaymentRequest> start(StartExpressCheckoutCommand command);
}
