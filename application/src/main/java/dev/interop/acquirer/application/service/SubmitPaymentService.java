package dev.interop.acquirer.application.service;

import dev.interop.shared.application.service.EventRecorder;
import dev.interop.shared.application.service.Transactions;

import dev.interop.acquirer.application.port.in.SubmitPaymentCommand;
import dev.interop.acquirer.application.port.in.SubmitPaymentUseCase;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.acquirer.application.port.out.CheckoutSessionRepository;
import dev.interop.shared.application.port.Clock;
import dev.interop.shared.application.port.EventStore;
import dev.interop.shared.application.port.IdGenerator;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway.AuthorizationAnswer;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway;
import dev.interop.acquirer.application.port.out.KlarnaUnavailableException;
import dev.interop.acquirer.application.port.out.PartnerRepository;
import dev.interop.acquirer.application.port.out.PaymentRepository;
import dev.interop.acquirer.application.port.out.SecretSealer;
import dev.interop.shared.application.port.UnitOfWork;
import dev.interop.acquirer.domain.checkout.CheckoutSession;
import dev.interop.acquirer.domain.journey.JourneyKind;
import dev.interop.acquirer.domain.journey.Journeys;
import dev.interop.acquirer.domain.partner.PartnerProfile;
import dev.interop.acquirer.domain.payment.AmountDrift;
import dev.interop.acquirer.domain.payment.Payment;
import dev.interop.acquirer.domain.payment.PaymentId;
import dev.interop.acquirer.domain.payment.PaymentOrder;
import dev.interop.acquirer.domain.payment.RemoteOutcome;
import dev.interop.shared.domain.Transition;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * Creates a payment and authorizes it with Klarna in one unit of work (journeys 1–4).
 *
 * <ol>
 *   <li>The checkout session, when named, must be the calling Partner's ({@code NotFound} otherwise).</li>
 *   <li>A token in the command is shown to Klarna's presentation first, which tells the journey and refuses a
 *       consumed, expired or another Partner's token ({@code Rejected}, R1, R5, R6); without one the payment takes
 *       the checkout session's token and journey.</li>
 *   <li>The domain creates the payment: {@link Payment#submit}, or {@link Payment#registerForFinalization} with the
 *       checkout session (R9, R10); the session records the payment.</li>
 *   <li>The token (opened from its seal when it came from the session) and the data go to Klarna byte for byte; the
 *       answer is classified: APPROVED → Succeeded (the session completes), STEP_UP_REQUIRED → Pending (the payment
 *       waits for the customer), DECLINED → Rejected (the session opens again). Klarna refusing the input rolls
 *       everything back and answers {@code Rejected}: nothing is persisted. Klarna unavailable → the payment is
 *       persisted ERRORED (outcome unknown) and answered.</li>
 * </ol>
 */
public final class SubmitPaymentService implements SubmitPaymentUseCase {

    private final PartnerRepository partners;
    private final CheckoutSessionRepository sessions;
    private final PaymentRepository payments;
    private final KlarnaNetworkGateway klarna;
    private final SecretSealer sealer;
    private final EventRecorder events;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final IdGenerator ids;
    private final long tolerance;

    /**
     * @param tolerance R10: how many minor units above the approved amount a finalization may be without the
     *                  customer approving again; never negative
     */
    public SubmitPaymentService(PartnerRepository partners, CheckoutSessionRepository sessions,
            PaymentRepository payments, KlarnaNetworkGateway klarna, SecretSealer sealer, EventStore eventStore,
            UnitOfWork unitOfWork, Clock clock, IdGenerator ids, long tolerance) {
        this.partners = Objects.requireNonNull(partners);
        this.sessions = Objects.requireNonNull(sessions);
        this.payments = Objects.requireNonNull(payments);
        this.klarna = Objects.requireNonNull(klarna);
        this.sealer = Objects.requireNonNull(sealer);
        this.events = new EventRecorder(eventStore, clock);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
        this.clock = Objects.requireNonNull(clock);
        this.ids = Objects.requireNonNull(ids);
        if (tolerance < 0) {
            throw new IllegalArgumentException("a tolerance is never negative");
        }
        this.tolerance = tolerance;
    }

    /** With the default R10 tolerance of zero. */
    public SubmitPaymentService(PartnerRepository partners, CheckoutSessionRepository sessions,
            PaymentRepository payments, KlarnaNetworkGateway klarna, SecretSealer sealer, EventStore eventStore,
            UnitOfWork unitOfWork, Clock clock, IdGenerator ids) {
        this(partners, sessions, payments, klarna, sealer, eventStore, unitOfWork, clock, ids,
                AmountDrift.DEFAULT_TOLERANCE);
    }

    @Override
    public Either<UseCaseError, Payment> submit(SubmitPaymentCommand command) {
        return Transactions.atomically(unitOfWork, () -> AcquirerSupport.partner(partners, command.partner())
                .flatMap(partner -> checkoutSession(command)
                        .flatMap(session -> journey(partner, command)
                                .flatMap(journey -> create(partner, command, session, journey, clock.now()))
                                .flatMap(created -> authorize(partner, command, created)))));
    }

    private Either<UseCaseError, Option<CheckoutSession>> checkoutSession(SubmitPaymentCommand command) {
        if (command.checkoutSessionId().isEmpty()) {
            return Either.right(Option.none());
        }
        var id = command.checkoutSessionId().get();
        return AcquirerSupport.ownSession(sessions.findById(id), command.partner(), id).map(Option::some);
    }

    /** The journey Klarna's answer for the command's token implies; without a token the domain takes the session's. */
    private Either<UseCaseError, JourneyKind> journey(PartnerProfile partner, SubmitPaymentCommand command) {
        if (command.token().isEmpty()) {
            return Either.right(JourneyKind.STANDARD);
        }
        return AcquirerSupport.presentation(klarna, partner, command.amount(), Option.none(), command.token())
                .map(answer -> Journeys.kindFor(answer.session()));
    }

    private Either<UseCaseError, Payment> create(PartnerProfile partner, SubmitPaymentCommand command,
            Option<CheckoutSession> session, JourneyKind journey, Instant now) {
        PaymentOrder order = new PaymentOrder(partner, command.amount(), command.reference(), journey,
                command.token().map(sealer::seal), command.data(), command.stepUpReturnUrl(), Option.none());
        PaymentId id = PaymentId.of(ids.newId());
        return (command.finalization()
                        ? Payment.registerForFinalization(id, order, session, tolerance, now)
                        : Payment.submit(id, order, session, now))
                .flatMap(created -> session.isEmpty() ? Either.right(created)
                        : session.get().registerPayment(id.value(), now).map(registered -> {
                            saveSession(registered);
                            return created;
                        }))
                .<UseCaseError>mapLeft(UseCaseError.Rejected::new)
                .map(this::savePayment);
    }

    private Either<UseCaseError, Payment> authorize(PartnerProfile partner, SubmitPaymentCommand command,
            Payment payment) {
        Option<InteroperabilityToken> token = command.token().orElse(() -> payment.token().map(sealer::open));
        AuthorizationAnswer answer;
        try {
            answer = klarna.authorize(new KlarnaNetworkGateway.AuthorizationCall(partner.klarnaAccountId(), token,
                    payment.amount(), payment.reference(), payment.data(), payment.stepUpReturnUrl(),
                    payment.id().value()));
        } catch (KlarnaUnavailableException unavailable) {
            return record(payment, new RemoteOutcome.Errored("Klarna did not answer; the outcome is unknown"),
                    clock.now());
        }
        if (answer instanceof AuthorizationAnswer.Refused refused) {
            return Either.left(new UseCaseError.Rejected(refused.rejection()));
        }
        Instant now = clock.now();
        return record(payment, outcome(answer), now)
                .flatMap(next -> PaymentSettlement.settle(sessions, events, next, now).map(settled -> next));
    }

    private Either<UseCaseError, Payment> record(Payment payment, RemoteOutcome outcome, Instant now) {
        return payment.record(outcome, now).<UseCaseError>mapLeft(UseCaseError.Rejected::new).map(this::savePayment);
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

    private Payment savePayment(Transition<Payment> transition) {
        Payment payment = events.record(AcquirerSupport.PAYMENT, transition.next().id().value(), transition);
        payments.save(payment);
        return payment;
    }

    private void saveSession(Transition<CheckoutSession> transition) {
        sessions.save(events.record(AcquirerSupport.CHECKOUT_SESSION, transition.next().id().value(), transition));
    }
}
