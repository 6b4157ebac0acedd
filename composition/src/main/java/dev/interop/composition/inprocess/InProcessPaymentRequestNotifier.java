package dev.interop.composition.inprocess;

import dev.interop.acquirer.application.port.in.HandlePaymentRequestUpdateCommand;
import dev.interop.acquirer.application.port.in.HandlePaymentRequestUpdateUseCase;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.shared.application.port.ConcurrentUpdateException;
import dev.interop.klarna.application.port.out.PaymentRequestNotifier;
import dev.interop.acquirer.domain.payment.Payment;
import io.vavr.control.Either;
import io.vavr.control.Option;
import dev.interop.shared.network.PaymentRequestState;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Delivers Klarna's Payment Request notifications to the Acquiring Partner's handler in the same process,
 * synchronously, while Klarna's unit of work is still open: a completed step-up authorizes the waiting payment
 * before the customer's approval returns. The handler commits in the Acquiring Partner's own unit of work, which
 * never joins Klarna's; so if Klarna's commit fails after the handler committed, the two sides disagree until the
 * next notification or reconciliation (known gap: delivery after Klarna's commit through an outbox is issue #10's
 * next step).
 *
 * <p>The two sides refer to each other (Klarna's services notify the Acquiring Partner, whose services call Klarna),
 * so this notifier is created first and {@link #bind bound} to the handler once it exists; a notification before
 * that is a wiring error ({@link IllegalStateException}). A handler that lost a race ({@code Conflict}) fails the
 * notifying change too ({@link ConcurrentUpdateException}), so it can be retried as a whole; any other refusal is
 * the Acquiring Partner's to keep (the handler changed nothing) and does not undo Klarna's change.
 */
public final class InProcessPaymentRequestNotifier implements PaymentRequestNotifier {

    private final AtomicReference<HandlePaymentRequestUpdateUseCase> handler = new AtomicReference<>();

    /** A notifier to {@link #bind} later. */
    public InProcessPaymentRequestNotifier() {
    }

    /** A notifier bound to {@code handler} already. */
    public InProcessPaymentRequestNotifier(HandlePaymentRequestUpdateUseCase handler) {
        bind(handler);
    }

    /** Sets the handler, once. */
    public void bind(HandlePaymentRequestUpdateUseCase target) {
        Objects.requireNonNull(target, "target");
        if (!handler.compareAndSet(null, target)) {
            throw new IllegalStateException("the notifier is bound already");
        }
    }

    @Override
    public void stateChanged(PaymentRequestStateChanged notification) {
        HandlePaymentRequestUpdateUseCase target = handler.get();
        if (target == null) {
            throw new IllegalStateException("no Acquiring Partner handler is bound to the notifier");
        }
        Either<UseCaseError, Option<Payment>> handled = target.handle(
                new HandlePaymentRequestUpdateCommand(notification.account(), notification.paymentRequestId(),
                        PaymentRequestState.valueOf(notification.state().name()), notification.token(), notification.occurredAt()));
        if (handled.isLeft() && handled.getLeft() instanceof UseCaseError.Conflict conflict) {
            throw new ConcurrentUpdateException("the Acquiring Partner could not take the notification: "
                    + conflict.detail());
        }
    }
}
