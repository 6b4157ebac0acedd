package dev.interop.klarna.application.port.in;

import dev.interop.shared.application.port.UseCaseError;

import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import io.vavr.control.Either;

/** Klarna side, the customer's action: leave the purchase journey; the request waits in SUBMITTED again. */
public interface AbortPurchaseJourneyUseCase {

    Either<UseCaseError, PaymentRequest> abort(AbortPurchaseJourneyCommand command);
}
