package dev.interop.application.service;

import dev.interop.application.port.in.ExpireDueCommand;
import dev.interop.application.port.in.ExpireDueUseCase;
import dev.interop.application.port.in.UseCaseError;
import dev.interop.application.port.out.CheckoutSessionRepository;
import dev.interop.application.port.out.Clock;
import dev.interop.application.port.out.CustomerSessionRepository;
import dev.interop.application.port.out.EventStore;
import dev.interop.application.port.out.IdempotencyStore;
import dev.interop.application.port.out.PartnerAccount;
import dev.interop.application.port.out.PartnerRepository;
import dev.interop.application.port.out.PaymentRequestNotifier.PaymentRequestStateChanged;
import dev.interop.application.port.out.PaymentRequestNotifier;
import dev.interop.application.port.out.PaymentRequestRepository;
import dev.interop.application.port.out.UnitOfWork;
import dev.interop.domain.checkout.CheckoutSession;
import dev.interop.domain.paymentrequest.PaymentRequest;
import dev.interop.domain.session.CustomerSession;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/**
 * One sweep of everything whose time ran out: customer sessions (R6), Payment Requests (the Acquiring Partner is
 * notified, so the payment waiting on the request is declined), checkout sessions, and idempotency keys past their
 * retention (R13). Each item expires in a unit of work of its own: an item changed concurrently (a {@code Conflict})
 * or no longer due is skipped and left for the next sweep, and does not undo the others.
 */
public final class ExpireDueService implements ExpireDueUseCase {

    private final CustomerSessionRepository customerSessions;
    private final PaymentRequestRepository paymentRequests;
    private final CheckoutSessionRepository checkoutSessions;
    private final PartnerRepository partners;
    private final IdempotencyStore idempotency;
    private final PaymentRequestNotifier notifier;
    private final EventRecorder events;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ExpireDueService(CustomerSessionRepository customerSessions, PaymentRequestRepository paymentRequests,
            CheckoutSessionRepository checkoutSessions, PartnerRepository partners, IdempotencyStore idempotency,
            PaymentRequestNotifier notifier, EventStore eventStore, UnitOfWork unitOfWork, Clock clock) {
        this.customerSessions = Objects.requireNonNull(customerSessions);
        this.paymentRequests = Objects.requireNonNull(paymentRequests);
        this.checkoutSessions = Objects.requireNonNull(checkoutSessions);
        this.partners = Objects.requireNonNull(partners);
        this.idempotency = Objects.requireNonNull(idempotency);
        this.notifier = Objects.requireNonNull(notifier);
        this.events = new EventRecorder(eventStore, clock);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Result expireDue(ExpireDueCommand command) {
        Instant now = clock.now();
        int limit = command.batchSize();
        int sessions = each(customerSessions.findDue(now, limit), this::expireCustomerSession);
        int requests = each(paymentRequests.findDue(now, limit), this::expirePaymentRequest);
        int checkouts = each(checkoutSessions.findDue(now, limit), this::expireCheckoutSession);
        int keys = unitOfWork.inTransaction(() -> idempotency.purgeExpired(now, limit));
        return new Result(sessions, requests, checkouts, keys);
    }

    private <T> int each(List<T> due, Function<T, Either<UseCaseError, ?>> expire) {
        return due.map(item -> Transactions.atomically(unitOfWork, () -> expire.apply(item)))
                .count(Either::isRight);
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
                    Option<PartnerAccount> partner = partners.findById(next.partner());
                    partner.forEach(account -> notifier.stateChanged(new PaymentRequestStateChanged(
                            account.profile().klarnaAccountId(), next.id().value(), next.kind(), Option.none(),
                            clock.now())));
                    return next;
                });
    }

    private Either<UseCaseError, CheckoutSession> expireCheckoutSession(CheckoutSession due) {
        return checkoutSessions.findById(due.id()).toEither(() -> gone("checkout session", due.id().value()))
                .flatMap(current -> current.expire(clock.now()).<UseCaseError>mapLeft(UseCaseError.Rejected::new))
                .map(transition -> {
                    CheckoutSession next = events.record(AcquirerSupport.CHECKOUT_SESSION, due.id().value(),
                            transition);
                    checkoutSessions.save(next);
                    return next;
                });
    }

    private static UseCaseError gone(String resource, String id) {
        return new UseCaseError.NotFound(resource, id);
    }
}
