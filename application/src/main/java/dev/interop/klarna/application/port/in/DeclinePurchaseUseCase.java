package dev.interop.klarna.application.port.in;

import dev.interop.shared.application.port.UseCaseError;

import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import io.vavr.control.Either;

/** Klarna side, the customer's action: decline; the AP is notified and its waiting payment becomes DECLINED. */
public interface DeclinePurchaseUseCase {

    Either<UseCaseError, PaymentRequest> decline(DeclinePurchaseCommand command);
}
