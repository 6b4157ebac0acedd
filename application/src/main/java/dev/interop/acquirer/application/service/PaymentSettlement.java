package dev.interop.acquirer.application.service;

import dev.interop.shared.application.service.EventRecorder;

import dev.interop.shared.application.port.UseCaseError;
import dev.interop.acquirer.application.port.out.CheckoutSessionRepository;
import dev.interop.acquirer.domain.checkout.CheckoutSession;
import dev.interop.acquirer.domain.checkout.CheckoutSessionKind;
import dev.interop.acquirer.domain.payment.Payment;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.domain.Transition;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * Keeps a checkout session in step with the payment registered on it: an AUTHORIZED payment completes the session, a
 * DECLINED one releases it (open again for another attempt); a waiting or errored payment leaves it registered.
 * Joins the caller's unit of work.
 */
final class PaymentSettlement {

    private PaymentSettlement() {
    }

    /** The session after settling, or none when the payment has no session or the session does not hold it. */
    static Either<UseCaseError, Option<CheckoutSession>> settle(CheckoutSessionRepository sessions,
            EventRecorder events, Payment payment, Instant now) {
        return change(sessions, events, payment, now, session -> switch (payment.kind()) {
            case AUTHORIZED -> Option.some(session.complete(now));
            case DECLINED -> Option.some(session.releasePayment(now));
            case AUTHORIZING, REQUIRES_CUSTOMER_ACTION, ERRORED -> Option.none();
        });
    }

    /** Releases the session holding {@code payment} whatever its state (the payment is being undone). */
    static Either<UseCaseError, Option<CheckoutSession>> release(CheckoutSessionRepository sessions,
            EventRecorder events, Payment payment, Instant now) {
        return change(sessions, events, payment, now, session -> Option.some(session.releasePayment(now)));
    }

    private static Either<UseCaseError, Option<CheckoutSession>> change(CheckoutSessionRepository sessions,
            EventRecorder events, Payment payment, Instant now,
            java.util.function.Function<CheckoutSession, Option<Either<Rejection, Transition<CheckoutSession>>>> how) {
        Option<CheckoutSession> holding = payment.checkoutSessionId().flatMap(sessions::findById)
                .filter(session -> session.kind() == CheckoutSessionKind.PAYMENT_REGISTERED
                        && session.paymentId().contains(payment.id().value()));
        if (holding.isEmpty()) {
            return Either.right(Option.none());
        }
        CheckoutSession session = holding.get();
        Option<Either<Rejection, Transition<CheckoutSession>>> change = how.apply(session);
        if (change.isEmpty()) {
            return Either.right(Option.some(session));
        }
        return change.get().<UseCaseError>mapLeft(UseCaseError.Rejected::new).map(transition -> {
            CheckoutSession next = events.record(AcquirerSupport.CHECKOUT_SESSION, session.id().value(), transition);
            sessions.save(next);
            return Option.some(next);
        });
    }
}
