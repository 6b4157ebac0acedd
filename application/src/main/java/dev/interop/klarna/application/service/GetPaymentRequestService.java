package dev.interop.klarna.application.service;

import dev.interop.klarna.application.port.in.GetPaymentRequestCommand;
import dev.interop.klarna.application.port.in.GetPaymentRequestUseCase;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.klarna.application.port.out.PartnerAccountRepository;
import dev.interop.klarna.application.port.out.PaymentRequestRepository;
import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import io.vavr.control.Either;
import java.util.Objects;

/** Reads a Payment Request of the account's Partner; another account's request (or an unknown account) is NotFound. */
public final class GetPaymentRequestService implements GetPaymentRequestUseCase {

    private final PartnerAccountRepository partners;
    private final PaymentRequestRepository requests;

    public GetPaymentRequestService(PartnerAccountRepository partners, PaymentRequestRepository requests) {
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
