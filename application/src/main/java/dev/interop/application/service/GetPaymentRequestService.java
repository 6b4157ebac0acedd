package dev.interop.application.service;

import dev.interop.application.port.in.GetPaymentRequestCommand;
import dev.interop.application.port.in.GetPaymentRequestUseCase;
import dev.interop.application.port.in.UseCaseError;
import dev.interop.application.port.out.PartnerRepository;
import dev.interop.application.port.out.PaymentRequestRepository;
import dev.interop.domain.paymentrequest.PaymentRequest;
import io.vavr.control.Either;
import java.util.Objects;

/** Reads a Payment Request of the account's Partner; another account's request (or an unknown account) is NotFound. */
public final class GetPaymentRequestService implements GetPaymentRequestUseCase {

    private final PartnerRepository partners;
    private final PaymentRequestRepository requests;

    public GetPaymentRequestService(PartnerRepository partners, PaymentRequestRepository requests) {
        this.partners = Objects.requireNonNull(partners);
        this.requests = Objects.requireNonNull(requests);
    }

    @Override
    public Either<UseCaseError, PaymentRequest> get(GetPaymentRequestCommand command) {
        return KlarnaSupport.partnerByAccount(partners, command.account())
                .flatMap(partner -> requests.findById(command.paymentRequestId())
                        .filter(request -> request.partner().equals(partner.id()))
                        .toEither(() -> new UseCaseError.NotFound("payment request",
                                command.paymentRequestId().value())));
    }
}
