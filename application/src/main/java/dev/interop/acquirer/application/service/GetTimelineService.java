package dev.interop.acquirer.application.service;

import dev.interop.shared.application.port.StoredEvent;
import dev.interop.acquirer.application.port.in.GetTimelineCommand;
import dev.interop.acquirer.application.port.in.GetTimelineUseCase;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.acquirer.application.port.out.CheckoutSessionRepository;
import dev.interop.shared.application.port.EventStore;
import dev.interop.acquirer.application.port.out.PaymentRepository;
import dev.interop.acquirer.domain.checkout.CheckoutSessionId;
import dev.interop.acquirer.domain.payment.PaymentId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * The timeline of one of the calling Partner's checkout sessions or payments, in sequence order (R15). An id that is
 * malformed, unknown or another Partner's is NotFound alike.
 */
public final class GetTimelineService implements GetTimelineUseCase {

    private final CheckoutSessionRepository sessions;
    private final PaymentRepository payments;
    private final EventStore events;

    public GetTimelineService(CheckoutSessionRepository sessions, PaymentRepository payments, EventStore events) {
        this.sessions = Objects.requireNonNull(sessions);
        this.payments = Objects.requireNonNull(payments);
        this.events = Objects.requireNonNull(events);
    }

    @Override
    public Either<UseCaseError, List<StoredEvent>> timeline(GetTimelineCommand command) {
        Either<UseCaseError, String> owned = switch (command.subject()) {
            case CHECKOUT_SESSION -> CheckoutSessionId.parse(command.id(), "id")
                    .<UseCaseError>mapLeft(malformed -> notFound("checkout session", command.id()))
                    .flatMap(id -> AcquirerSupport.ownSession(sessions.findById(id), command.partner(), id))
                    .map(session -> session.id().value());
            case PAYMENT -> PaymentId.parse(command.id(), "id")
                    .<UseCaseError>mapLeft(malformed -> notFound("payment", command.id()))
                    .flatMap(id -> AcquirerSupport.ownPayment(payments.findById(id), command.partner(), id))
                    .map(payment -> payment.id().value());
        };
        return owned.map(events::timeline);
    }

    private static UseCaseError notFound(String resource, String id) {
        return new UseCaseError.NotFound(resource, id);
    }
}
