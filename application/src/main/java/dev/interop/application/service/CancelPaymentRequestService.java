package dev.interop.application.service;

import dev.interop.application.port.in.CancelPaymentRequestCommand;
import dev.interop.application.port.in.CancelPaymentRequestUseCase;
import dev.interop.application.port.in.UseCaseError;
import dev.interop.application.port.out.Clock;
import dev.interop.application.port.out.EventStore;
import dev.interop.application.port.out.PartnerRepository;
import dev.interop.application.port.out.PaymentRequestNotifier;
import dev.interop.application.port.out.PaymentRequestRepository;
import dev.interop.application.port.out.UnitOfWork;
import dev.interop.domain.paymentrequest.PaymentRequest;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * The Acquiring Partner cancels a Payment Request of the account's Partner: {@code SUBMITTED|IN_PROGRESS → CANCELED},
 * reason {@code PARTNER_CANCELED}, and the Acquiring Partner is notified inside the unit of work. A final request is
 * {@code PAYMENT_REQUEST_FINAL}; another account's request is {@code NotFound}.
 */
public final class CancelPaymentRequestService implements CancelPaymentRequestUseCase {

    private final PartnerRepository partners;
    private final KlarnaRequests requests;
    private final PaymentRequestNotifier notifier;
    private final Clock clock;
    private final UnitOfWork unitOfWork;

    public CancelPaymentRequestService(PartnerRepository partners, PaymentRequestRepository requests,
            PaymentRequestNotifier notifier, Clock clock, EventStore eventStore, UnitOfWork unitOfWork) {
        this.partners = Objects.requireNonNull(partners);
        this.requests = new KlarnaRequests(requests, new EventRecorder(eventStore, clock));
        this.notifier = Objects.requireNonNull(notifier);
        this.clock = Objects.requireNonNull(clock);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
    }

    @Override
    public Either<UseCaseError, PaymentRequest> cancel(CancelPaymentRequestCommand command) {
        return Transactions.atomically(unitOfWork, () -> KlarnaSupport.partnerByAccount(partners, command.account())
                .flatMap(partner -> {
                    Instant now = clock.now();
                    return requests.find(partner.id(), command.paymentRequestId())
                            .flatMap(request -> requests.commit(request.cancel(now)))
                            .peek(canceled -> KlarnaSupport.notifyStateChange(notifier, partner.klarnaAccountId(),
                                    canceled, Option.none(), now));
                }));
    }
}
