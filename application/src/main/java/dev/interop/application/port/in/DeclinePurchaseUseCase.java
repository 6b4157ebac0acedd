package dev.interop.application.port.in;

import dev.interop.domain.paymentrequest.PaymentRequest;
import io.vavr.control.Either;

/** Klarna side, the customer's action: decline; the AP is notified and its waiting payment becomes DECLINED. */
public interface DeclinePurchaseUseCase {

    Either<UseCaseError, PaymentRequest> decline(DeclinePurchaseCommand command);
}
