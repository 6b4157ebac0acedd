package dev.interop.acquirer.application.service;

import dev.interop.acquirer.application.port.out.CheckoutSessionRepository;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway.AuthorizationAnswer;
import dev.interop.acquirer.application.port.out.KlarnaUnavailableException;
import dev.interop.acquirer.application.port.out.KlarnaUnreachableException;
import dev.interop.acquirer.application.port.out.PaymentRepository;
import dev.interop.acquirer.application.port.out.SecretSealer;
import dev.interop.acquirer.domain.partner.PartnerProfile;
import dev.interop.acquirer.domain.payment.Payment;
import dev.interop.acquirer.domain.payment.PaymentKind;
import dev.interop.acquirer.domain.payment.RemoteOutcome;
import dev.interop.shared.application.port.Clock;
import dev.interop.shared.application.port.EventStore;
import dev.interop.shared.application.port.UnitOfWork;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.shared.application.service.EventRecorder;
import dev.interop.shared.application.service.Transactions;
import dev.interop.shared.domain.Transition;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * The call to Klarna for a payment already committed as {@link PaymentKind#AUTHORIZING} (R17, R19): made outside any
 * transaction with the payment's own idempotency key ({@link Payment#authorizationKey}), the token opened from its
 * seal (or the one the caller still holds), the data byte for byte, and a step-up configuration only when the
 * Partner allowed one and this is not a final authorization (R11). The answer is recorded in a second unit of work,
 * which also settles the checkout session:
 * <ul>
 *   <li>APPROVED → AUTHORIZED, STEP_UP_REQUIRED → REQUIRES_CUSTOMER_ACTION, DECLINED → DECLINED;</li>
 *   <li>Klarna refused the input (its 4xx, nothing happened) → answered {@code Rejected}; on a first attempt the
 *       payment is undone (removed, its session released: the request leaves nothing), on a reconciliation it is
 *       DECLINED with Klarna's reason;</li>
 *   <li>Klarna unreachable, nothing sent → on a first attempt DECLINED ("not sent") and the exception rethrown (503
 *       with {@code Retry-After} at the edge); on a reconciliation ERRORED, to be tried again;</li>
 *   <li>outcome unknown (timeout, 5xx, dropped connection) → ERRORED, answered as such: the reconciler asks Klarna
 *       again with the same key, never with a second authorization.</li>
 * </ul>
 * A payment changed concurrently meanwhile (another instance's reconciler) makes the recording a {@code Conflict};
 * the winner's answer stands.
 */
final class PaymentAuthorizer {

    private final PaymentRepository payments;
    private final CheckoutSessionRepository sessions;
    private final KlarnaNetworkGateway klarna;
    private final SecretSealer sealer;
    private final EventStore eventStore;
    private final EventRecorder events;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    PaymentAuthorizer(PaymentRepository payments, CheckoutSessionRepository sessions, KlarnaNetworkGateway klarna,
            SecretSealer sealer, EventStore eventStore, UnitOfWork unitOfWork, Clock clock) {
        this.payments = Objects.requireNonNull(payments);
        this.sessions = Objects.requireNonNull(sessions);
        this.klarna = Objects.requireNonNull(klarna);
        this.sealer = Objects.requireNonNull(sealer);
        this.eventStore = Objects.requireNonNull(eventStore);
        this.events = new EventRecorder(eventStore, clock);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
        this.clock = Objects.requireNonNull(clock);
    }

    /** How an unreachable Klarna is recorded: a first attempt gives up (nothing sent), a reconciliation retries. */
    enum Attempt {
        FIRST,
        RECONCILIATION
    }

    /**
     * Authorizes {@code payment} (AUTHORIZING, committed) with Klarna and records the answer.
     *
     * @param token the plain token when the caller still holds it; otherwise the payment's sealed one is opened
     */
    Either<UseCaseError, Payment> authorize(PartnerProfile partner, Payment payment,
            Option<InteroperabilityToken> token, Attempt attempt) {
        Option<InteroperabilityToken> sent = token.orElse(() -> payment.token().map(sealer::open));
        AuthorizationAnswer answer;
        try {
            answer = klarna.authorize(new KlarnaNetworkGateway.AuthorizationCall(partner.klarnaAccountId(), sent,
                    payment.amount(), payment.reference(), payment.data(),
                    payment.stepUpAllowed() ? payment.stepUpReturnUrl() : Option.none(),
                    payment.authorizationKey()));
        } catch (KlarnaUnreachableException unreachable) {
            if (attempt == Attempt.FIRST) {
                record(payment, new RemoteOutcome.Rejected("not sent: Klarna could not be reached"));
                throw unreachable;
            }
            return record(payment, new RemoteOutcome.Errored("Klarna could not be reached; tried again later"));
        } catch (KlarnaUnavailableException unknown) {
            return record(payment, new RemoteOutcome.Errored("Klarna did not answer; the outcome is unknown"));
        }
        if (answer instanceof AuthorizationAnswer.Refused refused) {
            Either<UseCaseError, ?> settled = attempt == Attempt.FIRST ? undo(payment)
                    : record(payment, new RemoteOutcome.Rejected(
                            AcquirerSupport.clip("Klarna refused: " + refused.rejection().detail())));
            return settled.flatMap(done -> Either.left(new UseCaseError.Rejected(refused.rejection())));
        }
        return record(payment, outcome(answer));
    }

    /** Records {@code outcome} on {@code payment} and settles its checkout session, in one unit of work. */
    Either<UseCaseError, Payment> record(Payment payment, RemoteOutcome outcome) {
        return Transactions.atomically(unitOfWork, () -> {
            Instant now = clock.now();
            return payment.record(outcome, now).<UseCaseError>mapLeft(UseCaseError.Rejected::new)
                    .map(this::save)
                    .flatMap(next -> PaymentSettlement.settle(sessions, events, next, now).map(settled -> next));
        });
    }

    /**
     * Undoes a payment whose first authorization Klarna refused (its 4xx: nothing happened there): the payment and its
     * timeline are removed and its checkout session released, so the refused request leaves nothing behind, exactly
     * as a refusal before the payment was created.
     */
    private Either<UseCaseError, Payment> undo(Payment payment) {
        return Transactions.atomically(unitOfWork, () -> PaymentSettlement.release(sessions, events, payment,
                clock.now()).map(released -> {
                    payments.remove(payment.id(), payment.version());
                    eventStore.removeTimeline(payment.id().value());
                    return payment;
                }));
    }

    /** Saves {@code transition}'s payment with its events (joins the caller's unit of work). */
    Payment save(Transition<Payment> transition) {
        Payment payment = events.record(AcquirerSupport.PAYMENT, transition.next().id().value(), transition);
        payments.save(payment);
        return payment;
    }

    private static RemoteOutcome outcome(AuthorizationAnswer answer) {
        if (answer instanceof AuthorizationAnswer.Approved approved) {
            return new RemoteOutcome.Succeeded(approved.paymentTransactionId());
        }
        if (answer instanceof AuthorizationAnswer.StepUpRequired stepUp) {
            return new RemoteOutcome.Pending(stepUp.paymentRequestId(), stepUp.paymentRequestUrl());
        }
        if (answer instanceof AuthorizationAnswer.Declined declined) {
            return new RemoteOutcome.Rejected(AcquirerSupport.clip(declined.reason()));
        }
        throw new IllegalArgumentException("a refusal is not an outcome: " + answer);
    }
}
