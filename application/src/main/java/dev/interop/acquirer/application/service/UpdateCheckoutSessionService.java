package dev.interop.acquirer.application.service;

import dev.interop.shared.application.service.EventRecorder;
import dev.interop.shared.application.service.Transactions;

import dev.interop.acquirer.application.port.in.CheckoutSessionView;
import dev.interop.acquirer.application.port.in.UpdateCheckoutSessionCommand;
import dev.interop.acquirer.application.port.in.UpdateCheckoutSessionUseCase;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.acquirer.application.port.out.CheckoutSessionRepository;
import dev.interop.shared.application.port.Clock;
import dev.interop.shared.application.port.EventStore;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway;
import dev.interop.acquirer.application.port.out.PartnerRepository;
import dev.interop.acquirer.application.port.out.SecretSealer;
import dev.interop.shared.application.port.UnitOfWork;
import dev.interop.acquirer.domain.checkout.CheckoutSession;
import dev.interop.shared.network.PresentationInstruction;
import dev.interop.shared.domain.Transition;
import dev.interop.shared.token.InteroperabilityToken;
import dev.interop.acquirer.domain.token.SealedToken;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * A conditional update (R14): the session must still be at the command's {@code expectedVersion}, otherwise
 * {@code PreconditionFailed} and nothing is written. The domain checks the change first; when it changes the amount
 * or the token, Klarna's presentation is asked again (with the new token, or the kept one opened from its seal) and
 * the session keeps the new instruction. A refused token is {@code Rejected}.
 */
public final class UpdateCheckoutSessionService implements UpdateCheckoutSessionUseCase {

    private final PartnerRepository partners;
    private final CheckoutSessionRepository sessions;
    private final KlarnaNetworkGateway klarna;
    private final SecretSealer sealer;
    private final EventRecorder events;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public UpdateCheckoutSessionService(PartnerRepository partners, CheckoutSessionRepository sessions,
            KlarnaNetworkGateway klarna, SecretSealer sealer, EventStore eventStore, UnitOfWork unitOfWork,
            Clock clock) {
        this.partners = Objects.requireNonNull(partners);
        this.sessions = Objects.requireNonNull(sessions);
        this.klarna = Objects.requireNonNull(klarna);
        this.sealer = Objects.requireNonNull(sealer);
        this.events = new EventRecorder(eventStore, clock);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Either<UseCaseError, CheckoutSessionView> update(UpdateCheckoutSessionCommand command) {
        return Transactions.atomically(unitOfWork, () -> AcquirerSupport
                .ownSession(sessions.findById(command.id()), command.partner(), command.id())
                .flatMap(session -> session.version() == command.expectedVersion() ? Either.right(session)
                        : Either.left(new UseCaseError.PreconditionFailed("checkout session " + session.id()
                                + " is at version " + session.version() + ", not " + command.expectedVersion()
                                + "; read it again")))
                .flatMap(session -> change(session, command, clock.now()))
                .map(changed -> {
                    CheckoutSession session = events.record(AcquirerSupport.CHECKOUT_SESSION,
                            changed.next().id().value(), changed);
                    sessions.save(session);
                    return new CheckoutSessionView(session, session.klarnaInstruction());
                }));
    }

    private Either<UseCaseError, Transition<CheckoutSession>> change(CheckoutSession session,
            UpdateCheckoutSessionCommand command, Instant now) {
        Option<SealedToken> sealed = command.token().map(sealer::seal);
        Either<UseCaseError, Transition<CheckoutSession>> checked =
                apply(session, command, sealed, Option.none(), now);
        if (checked.isLeft() || command.amount().isEmpty() && command.token().isEmpty()) {
            return checked;
        }
        CheckoutSession proposed = checked.get().next();
        Option<InteroperabilityToken> token = command.token().orElse(() -> proposed.token().map(sealer::open));
        return AcquirerSupport.partner(partners, command.partner())
                .flatMap(partner -> AcquirerSupport.presentation(klarna, partner, proposed.amount(), Option.none(),
                        token))
                .flatMap(answer -> apply(session, command, sealed, Option.some(answer.instruction()), now));
    }

    private static Either<UseCaseError, Transition<CheckoutSession>> apply(CheckoutSession session,
            UpdateCheckoutSessionCommand command, Option<SealedToken> sealed,
            Option<PresentationInstruction> instruction, Instant now) {
        return session.update(command.amount(), command.lineItems(), command.reference(), sealed, command.data(),
                        instruction, now)
                .mapLeft(UseCaseError.Rejected::new);
    }
}
