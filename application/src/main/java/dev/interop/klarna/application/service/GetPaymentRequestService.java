package dev.interop.klarna.application.service;

import dev.interop.klarna.application.port.in.GetPaymentRequestCommand;
import dev.interop.klarna.application.port.in.GetPaymentRequestUseCase;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.klarna.application.port.out.PartnerAccountRepository;
import dev.interop.klarna.application.port.out.PaymentRequestRepository;
import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import io.vavr.control.Either;
import dev.interop.klarna.application.port.out.CompletionTokenVault;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind;
import dev.interop.shared.application.port.Clock;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.control.Option;
import java.util.Objects;

/** Reads a Payment Request of the account's Partner; another account's request (or an unknown account) is NotFound. */
public final class GetPaymentRequestService implements GetPaymentRequestUseCase {

    private final PartnerAccountRepository partners;
    private final PaymentRequestRepository requests;
    private final CompletionTokenVault vault;
    private final Clock clock;

    public GetPaymentRequestService(PartnerAccountRepository partners, PaymentRequestRepository requests,
            CompletionTokenVault vault, Clock clock) {
        this.partners = Objects.requireNonNull(partners);
        this.requests = Objects.requireNonNull(requests);
        this.vault = Objects.requireNonNull(vault);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Option<InteroperabilityToken> completionToken(GetPaymentRequestCommand command) {
        return get(command).toOption().filter(request -> request.kind() == PaymentRequestStateKind.COMPLETED)
                .flatMap(request -> vault.find(request.id(), clock.now()));
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
