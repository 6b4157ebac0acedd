package dev.interop.klarna.application.service;

import dev.interop.shared.application.service.EventRecorder;
import dev.interop.shared.application.service.Transactions;

import dev.interop.klarna.application.port.in.DeclinePurchaseCommand;
import dev.interop.klarna.application.port.in.DeclinePurchaseUseCase;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.shared.application.port.Clock;
import dev.interop.shared.application.port.EventStore;
import dev.interop.klarna.application.port.out.PartnerAccountRepository;
import dev.interop.klarna.application.port.out.PaymentRequestNotifier;
import dev.interop.klarna.application.port.out.PaymentRequestRepository;
import dev.interop.shared.application.port.UnitOfWork;
import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * The customer (or Klarna in the journey) declines: {@code SUBMITTED|IN_PROGRESS → DECLINED}, reason
 * {@code PAYMENT_DECLINED}. The Acquiring Partner is notified inside the same unit of work, so its waiting payment
 * moves with the request or neither changes. Another Partner's request is {@code NotFound}.
 */
public final class DeclinePurchaseService implements DeclinePurchaseUseCase {

    private final PartnerAccountRepository partners;
    private final KlarnaRequests requests;
    private final PaymentRequestNotifier notifier;
    private final Clock clock;
    private final UnitOfWork unitOfWork;

    public DeclinePurchaseService(PartnerAccountRepository partners, PaymentRequestRepository requests,
            PaymentRequestNotifier notifier, Clock clock, EventStore eventStore, UnitOfWork unitOfWork) {
        this.partners = Objects.requireNonNull(partners);
        this.requests = new KlarnaRequests(requests, new EventRecorder(eventStore, clock));
        this.notifier = Objects.requireNonNull(notifier);
        this.clock = Objects.requireNonNull(clock);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
    }

    @Override
    public Either<UseCaseError, PaymentRequest> decline(DeclinePurchaseCommand command) {
        return Transactions.atomically(unitOfWork, () -> KlarnaSupport.partnerByClientId(partners, command.clientId())
                .flatMap(partner -> {
                    Instant now = clock.now();
                    return requests.find(partner.id(), command.paymentRequestId())
                            .flatMap(request -> requests.commit(request.decline(now)))
                            .peek(declined -> KlarnaSupport.notifyStateChange(notifier, partner.id(),
                                    declined, Option.none(), now));
                }));
    }
}
