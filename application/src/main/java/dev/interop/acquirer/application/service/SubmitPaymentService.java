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
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway;
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
import dev.interop.shared.domain.Transition;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * Creates a payment and authorizes it with Klarna (journeys 1–4), never holding a transaction across the call (R19):
 *
 * <ol>
 *   <li>Reads first: the checkout session, when named, must be the calling Partner's ({@code NotFound} otherwise);
 *       a token in the command is shown to Klarna's presentation, which tells the journey and refuses a consumed,
 *       expired or another Partner's token ({@code Rejected}, R1, R5, R6, nothing written); without one the payment
 *       takes the checkout session's token and journey.</li>
 *   <li>One unit of work: the domain creates the payment ({@link Payment#submit}, or
 *       {@link Payment#registerForFinalization} with the checkout session, R9, R10) as AUTHORIZING with its
 *       idempotency key, and the session records it. Committed before Klarna is asked (R17).</li>
 *   <li>The call and a second unit of work ({@link PaymentAuthorizer}): the answer classified and recorded; an
 *       unknown outcome leaves the payment ERRORED for the reconciler; Klarna unreachable declines it as not sent and
 *       surfaces as {@code KlarnaUnreachableException} (503 with {@code Retry-After}).</li>
 * </ol>
 */
public final class SubmitPaymentService implements SubmitPaymentUseCase {

    private final PartnerRepository partners;
    private final CheckoutSessionRepository sessions;
    private final PaymentRepository payments;
    private final KlarnaNetworkGateway klarna;
    private final SecretSealer sealer;
    private final EventRecorder events;
    private final PaymentAuthorizer authorizer;
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
        this.authorizer = new PaymentAuthorizer(payments, sessions, klarna, sealer, eventStore, unitOfWork, clock);
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
        return AcquirerSupport.partner(partners, command.partner())
                .flatMap(partner -> checkoutSession(command)
                        .flatMap(session -> journey(partner, command)
                                .flatMap(journey -> Transactions.atomically(unitOfWork,
                                        () -> create(partner, command, session, journey, clock.now())))
                                .flatMap(created -> authorizer.authorize(partner, created, command.token(),
                                        PaymentAuthorizer.Attempt.FIRST))));
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
                .map(authorizer::save);
    }

    private void saveSession(Transition<CheckoutSession> transition) {
        sessions.save(events.record(AcquirerSupport.CHECKOUT_SESSION, transition.next().id().value(), transition));
    }
}
