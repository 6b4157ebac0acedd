package dev.interop.acquirer.application.service;

import dev.interop.shared.application.service.EventRecorder;
import dev.interop.shared.application.service.Transactions;

import dev.interop.acquirer.application.port.in.CheckoutSessionView;
import dev.interop.acquirer.application.port.in.CreateCheckoutSessionCommand;
import dev.interop.acquirer.application.port.in.CreateCheckoutSessionUseCase;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.acquirer.application.port.out.CheckoutSessionRepository;
import dev.interop.shared.application.port.Clock;
import dev.interop.shared.application.port.EventStore;
import dev.interop.shared.application.port.IdGenerator;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway;
import dev.interop.acquirer.application.port.out.PartnerRepository;
import dev.interop.acquirer.application.port.out.SecretSealer;
import dev.interop.shared.application.port.UnitOfWork;
import dev.interop.acquirer.domain.checkout.CheckoutSession;
import dev.interop.acquirer.domain.checkout.CheckoutSessionId;
import dev.interop.acquirer.domain.journey.Journeys;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;

/**
 * Opens a checkout session in one unit of work: asks Klarna's presentation for the token (forwarded unchanged; a
 * refused token is {@code Rejected} and nothing is stored), decides the journey from Klarna's answer (R8 checked by
 * the domain), seals the token so it can be forwarded byte for byte at finalization (R2, R9) and keeps the
 * instruction for every later read.
 */
public final class CreateCheckoutSessionService implements CreateCheckoutSessionUseCase {

    private final PartnerRepository partners;
    private final CheckoutSessionRepository sessions;
    private final KlarnaNetworkGateway klarna;
    private final SecretSealer sealer;
    private final EventRecorder events;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final IdGenerator ids;
    private final Duration ttl;

    public CreateCheckoutSessionService(PartnerRepository partners, CheckoutSessionRepository sessions,
            KlarnaNetworkGateway klarna, SecretSealer sealer, EventStore eventStore, UnitOfWork unitOfWork,
            Clock clock, IdGenerator ids, Duration ttl) {
        this.partners = Objects.requireNonNull(partners);
        this.sessions = Objects.requireNonNull(sessions);
        this.klarna = Objects.requireNonNull(klarna);
        this.sealer = Objects.requireNonNull(sealer);
        this.events = new EventRecorder(eventStore, clock);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
        this.clock = Objects.requireNonNull(clock);
        this.ids = Objects.requireNonNull(ids);
        this.ttl = Objects.requireNonNull(ttl);
    }

    /** With {@link CheckoutSession#DEFAULT_TTL}. */
    public CreateCheckoutSessionService(PartnerRepository partners, CheckoutSessionRepository sessions,
            KlarnaNetworkGateway klarna, SecretSealer sealer, EventStore eventStore, UnitOfWork unitOfWork,
            Clock clock, IdGenerator ids) {
        this(partners, sessions, klarna, sealer, eventStore, unitOfWork, clock, ids, CheckoutSession.DEFAULT_TTL);
    }

    @Override
    public Either<UseCaseError, CheckoutSessionView> create(CreateCheckoutSessionCommand command) {
        return Transactions.atomically(unitOfWork, () -> AcquirerSupport.partner(partners, command.partner())
                .flatMap(partner -> AcquirerSupport.presentation(klarna, partner, command.amount(),
                                Option.none(), command.token())
                        .flatMap(answer -> CheckoutSession.open(CheckoutSessionId.of(ids.newId()), partner,
                                        Journeys.kindFor(answer.session()), answer.instruction(), command.amount(),
                                        command.reference(), command.lineItems(), command.token().map(sealer::seal),
                                        command.data(), clock.now(), ttl)
                                .<UseCaseError>mapLeft(UseCaseError.Rejected::new)))
                .map(opened -> {
                    CheckoutSession session = events.record(AcquirerSupport.CHECKOUT_SESSION,
                            opened.next().id().value(), opened);
                    sessions.save(session);
                    return new CheckoutSessionView(session, session.klarnaInstruction());
                }));
    }
}
