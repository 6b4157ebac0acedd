package dev.interop.acquirer.application.service;

import dev.interop.shared.application.service.EventRecorder;
import dev.interop.shared.application.service.Transactions;

import dev.interop.acquirer.application.port.in.HandlePaymentRequestUpdateCommand;
import dev.interop.acquirer.application.port.in.HandlePaymentRequestUpdateUseCase;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.acquirer.application.port.out.CheckoutSessionRepository;
import dev.interop.shared.application.port.Clock;
import dev.interop.shared.application.port.EventStore;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway.AuthorizationAnswer;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway;
import dev.interop.acquirer.application.port.out.KlarnaUnavailableException;
import dev.interop.acquirer.application.port.out.PartnerAccount;
import dev.interop.acquirer.application.port.out.PartnerRepository;
import dev.interop.acquirer.application.port.out.PaymentRepository;
import dev.interop.shared.application.port.UnitOfWork;
import dev.interop.acquirer.domain.partner.PartnerProfile;
import dev.interop.acquirer.domain.payment.Payment;
import dev.interop.acquirer.domain.payment.RemoteOutcome;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.domain.RejectionCode;
import dev.interop.shared.domain.Transition;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Moves the payment waiting on a Klarna Payment Request when Klarna notifies a change, in one unit of work:
 * <ul>
 *   <li>{@code COMPLETED}: the final authorization with the fresh token, forwarded unchanged and without step-up
 *       (the customer just approved): APPROVED → {@code stepUpCompleted} (AUTHORIZED), DECLINED or a refused token
 *       (e.g. past its 60 minutes, R6) → {@code stepUpFailed} (DECLINED); Klarna unavailable → ERRORED;</li>
 *   <li>{@code DECLINED}, {@code CANCELED}, {@code EXPIRED} → {@code stepUpFailed} (DECLINED);</li>
 *   <li>{@code SUBMITTED}, {@code IN_PROGRESS}: nothing to do.</li>
 * </ul>
 * The payment's checkout session follows (completed, or open again). Idempotent: once moved, the payment no longer
 * waits on the request, so a repeated notification finds nothing and answers none; so does a notification for a
 * request no payment waits on, or one from another Partner's account.
 */
public final class HandlePaymentRequestUpdateService implements HandlePaymentRequestUpdateUseCase {

    private final PartnerRepository partners;
    private final PaymentRepository payments;
    private final CheckoutSessionRepository sessions;
    private final KlarnaNetworkGateway klarna;
    private final EventRecorder events;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public HandlePaymentRequestUpdateService(PartnerRepository partners, PaymentRepository payments,
            CheckoutSessionRepository sessions, KlarnaNetworkGateway klarna, EventStore eventStore,
            UnitOfWork unitOfWork, Clock clock) {
        this.partners = Objects.requireNonNull(partners);
        this.payments = Objects.requireNonNull(payments);
        this.sessions = Objects.requireNonNull(sessions);
        this.klarna = Objects.requireNonNull(klarna);
        this.events = new EventRecorder(eventStore, clock);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Either<UseCaseError, Option<Payment>> handle(HandlePaymentRequestUpdateCommand command) {
        return Transactions.atomically(unitOfWork, () -> {
            Option<Payment> waiting = payments.findByKlarnaPaymentRequestId(command.paymentRequestId());
            Option<PartnerProfile> partner = waiting.flatMap(payment -> partners.findById(payment.partner()))
                    .map(PartnerAccount::profile)
                    .filter(profile -> profile.klarnaAccountId().equals(command.account()));
            if (partner.isEmpty()) {
                return Either.right(Option.none());
            }
            Payment payment = waiting.get();
            return move(partner.get(), payment, command)
                    .map(moved -> moved.map(transition -> {
                        Payment next = events.record(AcquirerSupport.PAYMENT, payment.id().value(), transition);
                        payments.save(next);
                        return next;
                    }))
                    .flatMap(moved -> moved.isEmpty() ? Either.right(moved)
                            : PaymentSettlement.settle(sessions, events, moved.get(), clock.now()).map(s -> moved));
        });
    }

    private Either<UseCaseError, Option<Transition<Payment>>> move(PartnerProfile partner, Payment payment,
            HandlePaymentRequestUpdateCommand command) {
        Instant now = clock.now();
        return switch (command.state()) {
            case SUBMITTED, IN_PROGRESS -> Either.right(Option.none());
            case DECLINED, CANCELED, EXPIRED -> lifted(payment.stepUpFailed("the payment request was "
                    + command.state().name().toLowerCase(Locale.ROOT), now));
            case COMPLETED -> command.token().isEmpty()
                    ? Either.left(UseCaseError.Rejected.of(RejectionCode.INVALID_FIELD,
                            "a completed payment request comes with the fresh interoperability token"))
                    : finalAuthorization(partner, payment, command, command.token().get());
        };
    }

    private Either<UseCaseError, Option<Transition<Payment>>> finalAuthorization(PartnerProfile partner,
            Payment payment, HandlePaymentRequestUpdateCommand command, InteroperabilityToken token) {
        AuthorizationAnswer answer;
        try {
            answer = klarna.authorize(new KlarnaNetworkGateway.AuthorizationCall(partner.klarnaAccountId(),
                    Option.some(token), payment.amount(), payment.reference(), payment.data(), Option.none(),
                    payment.id().value() + ":" + command.paymentRequestId()));
        } catch (KlarnaUnavailableException unavailable) {
            return lifted(payment.record(new RemoteOutcome.Errored(
                    "Klarna did not answer the final authorization; the outcome is unknown"), clock.now()));
        }
        Instant now = clock.now();
        if (answer instanceof AuthorizationAnswer.Approved approved) {
            return lifted(payment.stepUpCompleted(approved.paymentTransactionId(), now));
        }
        if (answer instanceof AuthorizationAnswer.Declined declined) {
            return lifted(payment.stepUpFailed(AcquirerSupport.clip(declined.reason()), now));
        }
        if (answer instanceof AuthorizationAnswer.Refused refused) {
            return lifted(payment.stepUpFailed(
                    AcquirerSupport.clip("Klarna refused the token: " + refused.rejection().detail()), now));
        }
        return lifted(payment.stepUpFailed("Klarna asked for another step-up where none is allowed", now));
    }

    private static Either<UseCaseError, Option<Transition<Payment>>> lifted(
            Either<Rejection, Transition<Payment>> transition) {
        return transition.<UseCaseError>mapLeft(UseCaseError.Rejected::new).map(Option::some);
    }
}
