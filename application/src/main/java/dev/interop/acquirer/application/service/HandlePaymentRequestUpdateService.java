package dev.interop.acquirer.application.service;

import dev.interop.acquirer.application.port.in.HandlePaymentRequestUpdateCommand;
import dev.interop.acquirer.application.port.in.HandlePaymentRequestUpdateUseCase;
import dev.interop.acquirer.application.port.out.CheckoutSessionRepository;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway;
import dev.interop.acquirer.application.port.out.NotificationInbox;
import dev.interop.acquirer.application.port.out.PartnerAccount;
import dev.interop.acquirer.application.port.out.PartnerRepository;
import dev.interop.acquirer.application.port.out.PaymentRepository;
import dev.interop.acquirer.application.port.out.SecretSealer;
import dev.interop.acquirer.domain.partner.PartnerProfile;
import dev.interop.acquirer.domain.payment.Payment;
import dev.interop.shared.application.port.Clock;
import dev.interop.shared.application.port.EventStore;
import dev.interop.shared.application.port.UnitOfWork;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.shared.application.service.EventRecorder;
import dev.interop.shared.application.service.Transactions;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.domain.Transition;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Moves the payment waiting on a Klarna Payment Request when Klarna notifies a change.
 * <ul>
 *   <li>One unit of work first: the notification's event id is recorded ({@link NotificationInbox}; an id seen
 *       before acts no more, R18) together with the payment's move: {@code DECLINED}, {@code CANCELED},
 *       {@code EXPIRED} → {@code stepUpFailed} (DECLINED, the checkout session opens again); {@code COMPLETED} →
 *       {@code stepUpCompleted}: AUTHORIZING, with the fresh token sealed on the payment; {@code SUBMITTED},
 *       {@code IN_PROGRESS}: nothing to do.</li>
 *   <li>After a {@code COMPLETED}, outside any transaction, the final authorization with the fresh token (forwarded
 *       unchanged, no step-up) and the answer recorded by {@link PaymentAuthorizer}: APPROVED → AUTHORIZED,
 *       DECLINED or a refused token (e.g. past its 60 minutes, R6) → DECLINED, unknown → ERRORED for the
 *       reconciler.</li>
 * </ul>
 * A notification for a request no payment waits on, from another Partner's account, or repeated, answers none.
 */
public final class HandlePaymentRequestUpdateService implements HandlePaymentRequestUpdateUseCase {

    private final PartnerRepository partners;
    private final PaymentRepository payments;
    private final CheckoutSessionRepository sessions;
    private final NotificationInbox inbox;
    private final SecretSealer sealer;
    private final EventRecorder events;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final PaymentAuthorizer authorizer;

    public HandlePaymentRequestUpdateService(PartnerRepository partners, PaymentRepository payments,
            CheckoutSessionRepository sessions, NotificationInbox inbox, KlarnaNetworkGateway klarna,
            SecretSealer sealer, EventStore eventStore, UnitOfWork unitOfWork, Clock clock) {
        this.partners = Objects.requireNonNull(partners);
        this.payments = Objects.requireNonNull(payments);
        this.sessions = Objects.requireNonNull(sessions);
        this.inbox = Objects.requireNonNull(inbox);
        this.sealer = Objects.requireNonNull(sealer);
        this.events = new EventRecorder(eventStore, clock);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
        this.clock = Objects.requireNonNull(clock);
        this.authorizer = new PaymentAuthorizer(payments, sessions, klarna, sealer, eventStore, unitOfWork, clock);
    }

    @Override
    public Either<UseCaseError, Option<Payment>> handle(HandlePaymentRequestUpdateCommand command) {
        Either<UseCaseError, Option<Tuple2<PartnerProfile, Payment>>> moved = Transactions.atomically(unitOfWork,
                () -> {
                    Instant now = clock.now();
                    if (command.eventId().isDefined() && !inbox.markSeen(command.eventId().get(), now)) {
                        return Either.right(Option.none());
                    }
                    Option<Payment> waiting = payments.findByKlarnaPaymentRequestId(command.paymentRequestId());
                    Option<PartnerProfile> partner = waiting.flatMap(payment -> partners.findById(payment.partner()))
                            .map(PartnerAccount::profile)
                            .filter(profile -> profile.klarnaAccountId().equals(command.account()));
                    if (partner.isEmpty()) {
                        return Either.right(Option.none());
                    }
                    return move(waiting.get(), command, now)
                            .flatMap(transition -> transition.isEmpty() ? Either.right(Option.none())
                                    : settle(authorizer.save(transition.get()), now)
                                            .map(next -> Option.some(Tuple.of(partner.get(), next))));
                });
        return moved.flatMap(result -> result.isEmpty() ? Either.right(Option.none())
                : finalize(result.get()._1, result.get()._2, command));
    }

    private Either<UseCaseError, Option<Transition<Payment>>> move(Payment payment,
            HandlePaymentRequestUpdateCommand command, Instant now) {
        return switch (command.state()) {
            case SUBMITTED, IN_PROGRESS -> Either.right(Option.none());
            case DECLINED, CANCELED, EXPIRED -> lifted(payment.stepUpFailed("the payment request was "
                    + command.state().name().toLowerCase(Locale.ROOT), now));
            case COMPLETED -> command.token().isEmpty()
                    ? Either.left(UseCaseError.Rejected.of(CommonRejection.INVALID_FIELD,
                            "a completed payment request comes with the fresh interoperability token"))
                    : lifted(payment.stepUpCompleted(command.paymentRequestId(),
                            sealer.seal(command.token().get()), now));
        };
    }

    /** The final authorization after a completed step-up; a payment that only moved (declined) is answered as is. */
    private Either<UseCaseError, Option<Payment>> finalize(PartnerProfile partner, Payment payment,
            HandlePaymentRequestUpdateCommand command) {
        if (payment.finalizing().isEmpty()) {
            return Either.right(Option.some(payment));
        }
        Either<UseCaseError, Payment> authorized = authorizer.authorize(partner, payment, command.token(),
                PaymentAuthorizer.Attempt.RECONCILIATION);
        if (authorized.isLeft() && authorized.getLeft() instanceof UseCaseError.Rejected) {
            // Klarna refused the fresh token: the payment is DECLINED, and the notification itself was fine.
            return Either.right(payments.findById(payment.id()));
        }
        return authorized.map(Option::some);
    }

    private Either<UseCaseError, Payment> settle(Payment payment, Instant now) {
        return PaymentSettlement.settle(sessions, events, payment, now).map(settled -> payment);
    }

    private static Either<UseCaseError, Option<Transition<Payment>>> lifted(
            Either<Rejection, Transition<Payment>> transition) {
        return transition.<UseCaseError>mapLeft(UseCaseError.Rejected::new).map(Option::some);
    }
}
