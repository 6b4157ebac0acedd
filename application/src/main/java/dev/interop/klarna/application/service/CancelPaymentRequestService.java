package dev.interop.klarna.application.service;

import dev.interop.shared.application.service.EventRecorder;
import dev.interop.shared.application.service.Transactions;

import dev.interop.klarna.application.port.in.CancelPaymentRequestCommand;
import dev.interop.klarna.application.port.in.CancelPaymentRequestUseCase;
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
 * The Acquiring Partner cancels a Payment Request of the account's Partner: {@code SUBMITTED|IN_PROGRESS → CANCELED},
 * reason {@code PARTNER_CANCELED}, and the Acquiring Partner is notified inside the unit of work. A final request is
 * {@code PAYMENT_REQUEST_FINAL}; another account's request is {@code NotFound}.
 */
public final class CancelPaymentRequestService implements CancelPaymentRequestUseCase {

    private final PartnerAccountRepository partners;
    private final KlarnaRequests requests;
    private final PaymentRequestNotifier notifier;
    private final Clock clock;
    private final UnitOfWork unitOfWork;

    public CancelPaymentRequestService(PartnerAccountRepository partners, PaymentRequestRepository requests,
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
                            .peek(canceled -> KlarnaSupport.notifyStateChange(notifier, partner.id(),
                                    canceled, Option.none(), now));
                }));
    }
}
