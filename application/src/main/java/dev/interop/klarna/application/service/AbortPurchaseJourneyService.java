package dev.interop.klarna.application.service;

import dev.interop.shared.application.service.EventRecorder;
import dev.interop.shared.application.service.Transactions;

import dev.interop.klarna.application.port.in.AbortPurchaseJourneyCommand;
import dev.interop.klarna.application.port.in.AbortPurchaseJourneyUseCase;
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
 * The customer leaves the purchase journey: {@code IN_PROGRESS → SUBMITTED} with reason
 * {@code PURCHASE_FLOW_ABORTED}; the request waits and may be updated or started again. Not a final state, so the
 * Acquiring Partner is not notified. Another Partner's request is {@code NotFound}.
 */
public final class AbortPurchaseJourneyService implements AbortPurchaseJourneyUseCase {

    private final PartnerAccountRepository partners;
    private final KlarnaRequests requests;
    private final Clock clock;
    private final UnitOfWork unitOfWork;

    public AbortPurchaseJourneyService(PartnerAccountRepository partners, PaymentRequestRepository requests, Clock clock,
            EventStore eventStore, UnitOfWork unitOfWork) {
        this.partners = Objects.requireNonNull(partners);
        this.requests = new KlarnaRequests(requests, new EventRecorder(eventStore, clock));
        this.clock = Objects.requireNonNull(clock);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
    }

    @Override
    public Either<UseCaseError, PaymentRequest> abort(AbortPurchaseJourneyCommand command) {
        return Transactions.atomically(unitOfWork, () -> KlarnaSupport.partnerByClientId(partners, command.clientId())
                .flatMap(partner -> requests.find(partner.id(), command.paymentRequestId()))
                .flatMap(request -> requests.commit(request.abort(clock.now()))));
    }
}
