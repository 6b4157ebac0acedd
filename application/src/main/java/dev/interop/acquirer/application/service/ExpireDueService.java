package dev.interop.acquirer.application.service;

import dev.interop.acquirer.application.port.in.ExpireDueCommand;
import dev.interop.acquirer.application.port.in.ExpireDueUseCase;
import dev.interop.acquirer.application.port.out.CheckoutSessionRepository;
import dev.interop.shared.application.port.IdempotencyStore;
import dev.interop.acquirer.domain.checkout.CheckoutSession;
import dev.interop.shared.application.port.Clock;
import dev.interop.shared.application.port.EventStore;
import dev.interop.shared.application.port.UnitOfWork;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.shared.application.service.EventRecorder;
import dev.interop.shared.application.service.Transactions;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Objects;

/**
 * One sweep of the Acquiring Partner's due items: checkout sessions whose time ran out, and idempotency keys past
 * their retention (R13). Each checkout session expires in a unit of work of its own: one changed concurrently (a
 * {@code Conflict}) or no longer due is skipped and left for the next sweep, and does not undo the others.
 */
public final class ExpireDueService implements ExpireDueUseCase {

    private final CheckoutSessionRepository checkoutSessions;
    private final IdempotencyStore idempotency;
    private final EventRecorder events;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ExpireDueService(CheckoutSessionRepository checkoutSessions, IdempotencyStore idempotency,
            EventStore eventStore, UnitOfWork unitOfWork, Clock clock) {
        this.checkoutSessions = Objects.requireNonNull(checkoutSessions);
        this.idempotency = Objects.requireNonNull(idempotency);
        this.events = new EventRecorder(eventStore, clock);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Result expireDue(ExpireDueCommand command) {
        Instant now = clock.now();
        int limit = command.batchSize();
        int checkouts = Transactions.eachAtomically(unitOfWork, checkoutSessions.findDue(now, limit),
                this::expireCheckoutSession);
        int keys = unitOfWork.inTransaction(() -> idempotency.purgeExpired(now, limit));
        return new Result(checkouts, keys);
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
