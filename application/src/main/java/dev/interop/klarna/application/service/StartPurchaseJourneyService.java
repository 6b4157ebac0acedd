package dev.interop.klarna.application.service;

import dev.interop.shared.application.service.EventRecorder;
import dev.interop.shared.application.service.Transactions;

import dev.interop.klarna.application.port.in.StartPurchaseJourneyCommand;
import dev.interop.klarna.application.port.in.StartPurchaseJourneyUseCase;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.shared.application.port.Clock;
import dev.interop.shared.application.port.EventStore;
import dev.interop.klarna.application.port.out.PartnerAccountRepository;
import dev.interop.klarna.application.port.out.PaymentRequestRepository;
import dev.interop.shared.application.port.UnitOfWork;
import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * The customer enters the purchase journey: {@code SUBMITTED → IN_PROGRESS}. A request of another Partner than the
 * client id's is {@code NotFound}; the machine's refusals are {@code Rejected}.
 */
public final class StartPurchaseJourneyService implements StartPurchaseJourneyUseCase {

    private final PartnerAccountRepository partners;
    private final KlarnaRequests requests;
    private final Clock clock;
    private final UnitOfWork unitOfWork;

    public StartPurchaseJourneyService(PartnerAccountRepository partners, PaymentRequestRepository requests, Clock clock,
            EventStore eventStore, UnitOfWork unitOfWork) {
        this.partners = Objects.requireNonNull(partners);
        this.requests = new KlarnaRequests(requests, new EventRecorder(eventStore, clock));
        this.clock = Objects.requireNonNull(clock);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
    }

    @Override
    public Either<UseCaseError, PaymentRequest> start(StartPurchaseJourneyCommand command) {
        return Transactions.atomically(unitOfWork, () -> KlarnaSupport.partnerByClientId(partners, command.clientId())
                .flatMap(partner -> requests.find(partner.id(), command.paymentRequestId()))
                .flatMap(request -> requests.commit(request.start(clock.now()))));
    }
}
