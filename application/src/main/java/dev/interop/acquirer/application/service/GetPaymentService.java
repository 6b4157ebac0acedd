package dev.interop.acquirer.application.service;

import dev.interop.acquirer.application.port.in.GetPaymentCommand;
import dev.interop.acquirer.application.port.in.GetPaymentUseCase;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.acquirer.application.port.out.PaymentRepository;
import dev.interop.acquirer.domain.payment.Payment;
import io.vavr.control.Either;
import java.util.Objects;

/** Reads one of the calling Partner's payments; another Partner's payment is NotFound. */
public final class GetPaymentService implements GetPaymentUseCase {

    private final PaymentRepository payments;

    public GetPaymentService(PaymentRepository payments) {
        this.payments = Objects.requireNonNull(payments);
    }

    @Override
    public Either<UseCaseError, Payment> get(GetPaymentCommand command) {
        return AcquirerSupport.ownPayment(payments.findById(command.id()), command.partner(), command.id());
    }
}
