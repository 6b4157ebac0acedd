package dev.interop.klarna.application.port.in;

import dev.interop.shared.application.port.UseCaseError;

import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import io.vavr.control.Either;

/** Klarna side, the customer's action: enter the purchase journey of a Payment Request. */
public interface StartPurchaseJourneyUseCase {

    Either<UseCaseError, PaymentRequest> start(StartPurchaseJourneyCommand command);
}
