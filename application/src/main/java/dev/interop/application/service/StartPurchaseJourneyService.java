package dev.interop.application.service;

import dev.interop.application.port.in.StartPurchaseJourneyCommand;
import dev.interop.application.port.in.StartPurchaseJourneyUseCase;
import dev.interop.application.port.in.UseCaseError;
import dev.interop.application.port.out.Clock;
import dev.interop.application.port.out.EventStore;
import dev.interop.application.port.out.PartnerRepository;
import dev.interop.application.port.out.PaymentRequestRepository;
import dev.interop.application.port.out.UnitOfWork;
import dev.interop.domain.paymentrequest.PaymentRequest;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * The customer enters the purchase journey: {@code SUBMITTED → IN_PROGRESS}. A request of another Partner than the
 * client id's is {@code NotFound}; the machine's refusals are {@code Rejected}.
 */
public final class StartPurchaseJourneyService implements StartPurchaseJourneyUseCase {

    private final PartnerRepository partners;
    private final KlarnaRequests requests;
    private final Clock clock;
    private final UnitOfWork unitOfWork;

    public StartPurchaseJourneyService(PartnerRepository partners, PaymentRequestRepository requests, Clock clock,
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
