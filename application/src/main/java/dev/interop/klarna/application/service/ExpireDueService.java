package dev.interop.klarna.application.service;

import dev.interop.klarna.application.port.in.ExpireDueCommand;
import dev.interop.klarna.application.port.in.ExpireDueUseCase;
import dev.interop.klarna.application.port.out.CustomerSessionRepository;
import dev.interop.klarna.application.port.out.PaymentRequestNotifier;
import dev.interop.klarna.application.port.out.PaymentRequestNotifier.PaymentRequestStateChanged;
import dev.interop.klarna.application.port.out.PaymentRequestRepository;
import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import dev.interop.klarna.domain.session.CustomerSession;
import dev.interop.shared.application.port.Clock;
import dev.interop.shared.application.port.EventStore;
import dev.interop.shared.application.port.UnitOfWork;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.shared.application.service.EventRecorder;
import dev.interop.shared.application.service.Transactions;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * One sweep of Klarna's due items: customer sessions (R6) and Payment Requests (the Acquiring Partner is notified, so
 * the payment waiting on the request is declined). Each item expires in a unit of work of its own: an item changed
 * concurrently (a {@code Conflict}) or no longer due is skipped and left for the next sweep, and does not undo the
 * others.
 */
public final class ExpireDueService implements ExpireDueUseCase {

    private final CustomerSessionRepository customerSessions;
    private final PaymentRequestRepository paymentRequests;
    private final PaymentRequestNotifier notifier;
    private final EventRecorder events;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ExpireDueService(CustomerSessionRepository customerSessions, PaymentRequestRepository paymentRequests,
            PaymentRequestNotifier notifier, EventStore eventStore, UnitOfWork unitOfWork, Clock clock) {
        this.customerSessions = Objects.requireNonNull(customerSessions);
        this.paymentRequests = Objects.requireNonNull(paymentRequests);
        this.notifier = Objects.requireNonNull(notifier);
        this.events = new EventRecorder(eventStore, clock);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Result expireDue(ExpireDueCommand command) {
        Instant now = clock.now();
        int limit = command.batchSize();
        int sessions = Transactions.eachAtomically(unitOfWork, customerSessions.findDue(now, limit),
                this::expireCustomerSession);
        int requests = Transactions.eachAtomically(unitOfWork, paymentRequests.findDue(now, limit),
                this::expirePaymentRequest);
        return new Result(sessions, requests);
    }


    private Either<UseCaseError, CustomerSession> expireCustomerSession(CustomerSession due) {
        return customerSessions.findById(due.id()).toEither(() -> gone("customer session", due.id().value()))
                .flatMap(current -> current.expire(clock.now()).<UseCaseError>mapLeft(UseCaseError.Rejected::new))
                .map(transition -> {
                    CustomerSession next = events.record(KlarnaSessions.AGGREGATE, due.id().value(), transition);
                    customerSessions.save(next);
                    return next;
                });
    }

    private Either<UseCaseError, PaymentRequest> expirePaymentRequest(PaymentRequest due) {
        return paymentRequests.findById(due.id()).toEither(() -> gone("payment request", due.id().value()))
                .flatMap(current -> current.expire(clock.now()).<UseCaseError>mapLeft(UseCaseError.Rejected::new))
                .map(transition -> {
                    PaymentRequest next = events.record(KlarnaRequests.AGGREGATE, due.id().value(), transition);
                    paymentRequests.save(next);
                    notifier.stateChanged(new PaymentRequestStateChanged(next.partner(), next.id().value(),
                            next.kind(), Option.none(), clock.now()));
                    return next;
                });
    }

    private static UseCaseError gone(String resource, String id) {
        return new UseCaseError.NotFound(resource, id);
    }
}
