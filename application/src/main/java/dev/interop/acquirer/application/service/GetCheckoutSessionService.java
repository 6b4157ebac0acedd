package dev.interop.acquirer.application.service;

import dev.interop.acquirer.application.port.in.CheckoutSessionView;
import dev.interop.acquirer.application.port.in.GetCheckoutSessionCommand;
import dev.interop.acquirer.application.port.in.GetCheckoutSessionUseCase;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.acquirer.application.port.out.CheckoutSessionRepository;
import io.vavr.control.Either;
import java.util.Objects;

/** Reads one of the calling Partner's checkout sessions with the instruction it keeps; another's is NotFound. */
public final class GetCheckoutSessionService implements GetCheckoutSessionUseCase {

    private final CheckoutSessionRepository sessions;

    public GetCheckoutSessionService(CheckoutSessionRepository sessions) {
        this.sessions = Objects.requireNonNull(sessions);
    }

    @Override
    public Either<UseCaseError, CheckoutSessionView> get(GetCheckoutSessionCommand command) {
        return AcquirerSupport.ownSession(sessions.findById(command.id()), command.partner(), command.id())
                .map(session -> new CheckoutSessionView(session, session.klarnaInstruction()));
    }
}
