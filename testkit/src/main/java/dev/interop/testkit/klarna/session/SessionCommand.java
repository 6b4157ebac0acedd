package dev.interop.testkit.klarna.session;

import dev.interop.klarna.domain.session.BoostFeature;
import dev.interop.klarna.domain.session.CustomerIdentity;
import dev.interop.klarna.domain.session.CustomerSession;
import dev.interop.klarna.domain.session.PreQualification;
import dev.interop.klarna.domain.session.PreparedPayment;
import dev.interop.klarna.domain.session.SessionAction;
import dev.interop.shared.domain.Money;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.domain.Transition;
import dev.interop.shared.token.TokenHash;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One generated command for a customer session, as data: how much time passes before it ({@link #advance()}, never
 * negative) and what it asks. {@link #applyTo} runs it against a session; commands that rotate the token take the
 * fresh token hash the runner supplies, so hashes stay unique within a run.
 */
public sealed interface SessionCommand {

    Duration advance();

    SessionAction action();

    Either<Rejection, Transition<CustomerSession>> applyTo(CustomerSession session, Instant now, TokenHash fresh);

    private static Duration checked(Duration advance) {
        Objects.requireNonNull(advance, "advance");
        if (advance.isNegative()) {
            throw new IllegalArgumentException("time never runs backwards");
        }
        return advance;
    }

    /** On-site messaging answers. */
    record Prequalify(Duration advance, PreQualification result) implements SessionCommand {
        public Prequalify {
            checked(advance);
            Objects.requireNonNull(result, "result");
        }

        @Override
        public SessionAction action() {
            return SessionAction.PREQUALIFY;
        }

        @Override
        public Either<Rejection, Transition<CustomerSession>> applyTo(CustomerSession session, Instant now,
                TokenHash fresh) {
            return session.prequalify(result, fresh, now);
        }
    }

    /** The customer signs in with Klarna. */
    record SignIn(Duration advance, CustomerIdentity identity) implements SessionCommand {
        public SignIn {
            checked(advance);
            Objects.requireNonNull(identity, "identity");
        }

        @Override
        public SessionAction action() {
            return SessionAction.SIGN_IN;
        }

        @Override
        public Either<Rejection, Transition<CustomerSession>> applyTo(CustomerSession session, Instant now,
                TokenHash fresh) {
            return session.signIn(identity, fresh, now);
        }
    }

    /** Express checkout step one prepares a payment. */
    record Prepare(Duration advance, PreparedPayment prepared) implements SessionCommand {
        public Prepare {
            checked(advance);
            Objects.requireNonNull(prepared, "prepared");
        }

        @Override
        public SessionAction action() {
            return SessionAction.PREPARE;
        }

        @Override
        public Either<Rejection, Transition<CustomerSession>> applyTo(CustomerSession session, Instant now,
                TokenHash fresh) {
            return session.prepare(prepared, fresh, now);
        }
    }

    /** A Payment Request completes: the customer approved. */
    record Approve(Duration advance, Money amount, String paymentRequestId) implements SessionCommand {
        public Approve {
            checked(advance);
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(paymentRequestId, "paymentRequestId");
        }

        @Override
        public SessionAction action() {
            return SessionAction.APPROVE;
        }

        @Override
        public Either<Rejection, Transition<CustomerSession>> applyTo(CustomerSession session, Instant now,
                TokenHash fresh) {
            return session.approve(amount, paymentRequestId, fresh, now);
        }
    }

    /** The customer meets a Boost feature again. */
    record Touch(Duration advance, BoostFeature feature) implements SessionCommand {
        public Touch {
            checked(advance);
            Objects.requireNonNull(feature, "feature");
        }

        @Override
        public SessionAction action() {
            return SessionAction.TOUCH;
        }

        @Override
        public Either<Rejection, Transition<CustomerSession>> applyTo(CustomerSession session, Instant now,
                TokenHash fresh) {
            return session.touch(feature, now);
        }
    }

    /** A payment transaction is created from the session. */
    record Consume(Duration advance, String transactionId) implements SessionCommand {
        public Consume {
            checked(advance);
            Objects.requireNonNull(transactionId, "transactionId");
        }

        @Override
        public SessionAction action() {
            return SessionAction.CONSUME;
        }

        @Override
        public Either<Rejection, Transition<CustomerSession>> applyTo(CustomerSession session, Instant now,
                TokenHash fresh) {
            return session.consume(transactionId, now);
        }
    }

    /** The expiry sweep looks at the session. */
    record Expire(Duration advance) implements SessionCommand {
        public Expire {
            checked(advance);
        }

        @Override
        public SessionAction action() {
            return SessionAction.EXPIRE;
        }

        @Override
        public Either<Rejection, Transition<CustomerSession>> applyTo(CustomerSession session, Instant now,
                TokenHash fresh) {
            return session.expire(now);
        }
    }
}
