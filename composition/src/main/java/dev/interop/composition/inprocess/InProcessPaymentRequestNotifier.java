package dev.interop.composition.inprocess;

import dev.interop.acquirer.application.port.in.HandlePaymentRequestUpdateCommand;
import dev.interop.acquirer.application.port.in.HandlePaymentRequestUpdateUseCase;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.shared.application.port.UnitOfWork;
import dev.interop.klarna.application.port.out.PaymentRequestNotifier;
import dev.interop.acquirer.domain.payment.Payment;
import io.vavr.control.Either;
import io.vavr.control.Option;
import dev.interop.shared.network.PaymentRequestState;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Delivers Klarna's Payment Request notifications to the Acquiring Partner's handler in the same process, once
 * Klarna's unit of work has committed ({@link UnitOfWork#afterCommit}) and outside it: the two contexts never share
 * a transaction, exactly as over the wire, yet a completed step-up still authorizes the waiting payment before the
 * customer's approval returns. A change Klarna rolls back notifies nobody.
 *
 * <p>The two sides refer to each other (Klarna's services notify the Acquiring Partner, whose services call Klarna),
 * so this notifier is created first and {@link #bind bound} to the handler once it exists; a notification before
 * that is a wiring error ({@link IllegalStateException}). What the handler answers is the Acquiring Partner's to
 * keep: a refusal or a lost race leaves its payment waiting, and its reconciler reads the Payment Request later
 * (R17), as it would for a notification lost on the wire.
 */
public final class InProcessPaymentRequestNotifier implements PaymentRequestNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(InProcessPaymentRequestNotifier.class);

    private final AtomicReference<HandlePaymentRequestUpdateUseCase> handler = new AtomicReference<>();
    private final UnitOfWork klarnaUnitOfWork;

    /** A notifier to {@link #bind} later, delivering after {@code klarnaUnitOfWork}'s commits. */
    public InProcessPaymentRequestNotifier(UnitOfWork klarnaUnitOfWork) {
        this.klarnaUnitOfWork = Objects.requireNonNull(klarnaUnitOfWork, "klarnaUnitOfWork");
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
        klarnaUnitOfWork.afterCommit(() -> deliver(target, notification));
    }

    private static void deliver(HandlePaymentRequestUpdateUseCase target, PaymentRequestStateChanged notification) {
        try {
            Either<UseCaseError, Option<Payment>> handled = target.handle(new HandlePaymentRequestUpdateCommand(
                    notification.account(), notification.paymentRequestId(),
                    PaymentRequestState.valueOf(notification.state().name()), notification.token(),
                    notification.occurredAt()));
            if (handled.isLeft()) {
                LOG.warn("the Acquiring Partner did not take the notification of {} ({}): {}",
                        notification.paymentRequestId(), notification.state(), handled.getLeft().detail());
            }
        } catch (RuntimeException failure) {
            LOG.warn("the Acquiring Partner failed on the notification of {} ({}); its reconciler settles it later",
                    notification.paymentRequestId(), notification.state(), failure);
        }
    }
}
