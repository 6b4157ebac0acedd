package dev.interop.testkit.acquirer;

import dev.interop.acquirer.domain.checkout.CheckoutSession;
import dev.interop.acquirer.domain.checkout.CheckoutSessionAction;
import dev.interop.shared.domain.CurrencyCode;
import dev.interop.shared.domain.LineItem;
import dev.interop.shared.domain.Money;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.domain.Transition;
import dev.interop.shared.token.InteroperabilityData;
import dev.interop.acquirer.domain.token.SealedToken;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * One step of a generated command sequence against a {@link CheckoutSession}. Commands are generated without
 * knowing the session's state, so many are refused; {@link #apply} turns the command into the real call for the
 * session at hand (line items are built from its amount when the step is run).
 */
public sealed interface CheckoutCommand {

    /** The table action this command asks for; none for {@link Wait}, which only moves the clock. */
    Option<CheckoutSessionAction> action();

    /** Runs the command against {@code session} at {@code now}. */
    Either<Rejection, Transition<CheckoutSession>> apply(CheckoutSession session, Instant now);

    /** How an update treats line items. */
    enum Items {
        /** Leave them as they are. */
        KEEP,
        /** Replace them with items summing to the amount after the update. */
        MATCHING,
        /** Replace them with items summing to one minor unit more than the amount after the update. */
        MISMATCHING,
        /** Remove them. */
        EMPTY
    }

    /**
     * An update: a new amount in minor units (possibly zero, possibly in another currency), line items per
     * {@link Items}, and optionally a reference (possibly blank), a rotated token and new data.
     */
    record Update(Option<Long> amountMinorUnits, boolean otherCurrency, Items items, long itemsSeed,
            Option<String> reference, Option<SealedToken> token, Option<InteroperabilityData> data)
            implements CheckoutCommand {
        public Update {
            Objects.requireNonNull(amountMinorUnits, "amountMinorUnits");
            Objects.requireNonNull(items, "items");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(data, "data");
        }

        @Override
        public Option<CheckoutSessionAction> action() {
            return Option.some(CheckoutSessionAction.UPDATE);
        }

        /** The amount the update sends, in the session's currency or in another one. */
        public Option<Money> amountFor(CheckoutSession session) {
            CurrencyCode currency = session.amount().currency();
            CurrencyCode sent = otherCurrency ? ApGenerators.otherCurrency(currency) : currency;
            return amountMinorUnits.map(minor -> new Money(minor, sent));
        }

        /** The line items the update sends, built for the amount the session would have after it. */
        public Option<List<LineItem>> lineItemsFor(CheckoutSession session) {
            Money total = amountFor(session).filter(amount -> amount.isPositive() && !otherCurrency)
                    .getOrElse(session.amount());
            return switch (items) {
                case KEEP -> Option.none();
                case MATCHING -> Option.some(ApGenerators.split(total, itemsSeed));
                case MISMATCHING -> Option.some(ApGenerators.split(
                        total.plus(new Money(1, total.currency())), itemsSeed));
                case EMPTY -> Option.some(List.empty());
            };
        }

        @Override
        public Either<Rejection, Transition<CheckoutSession>> apply(CheckoutSession session, Instant now) {
            return session.update(amountFor(session), lineItemsFor(session), reference, token, data, now);
        }
    }

    /** Register payment {@code paymentId}. */
    record RegisterPayment(String paymentId) implements CheckoutCommand {
        @Override
        public Option<CheckoutSessionAction> action() {
            return Option.some(CheckoutSessionAction.REGISTER_PAYMENT);
        }

        @Override
        public Either<Rejection, Transition<CheckoutSession>> apply(CheckoutSession session, Instant now) {
            return session.registerPayment(paymentId, now);
        }
    }

    /** Release the registered payment. */
    record ReleasePayment() implements CheckoutCommand {
        @Override
        public Option<CheckoutSessionAction> action() {
            return Option.some(CheckoutSessionAction.RELEASE_PAYMENT);
        }

        @Override
        public Either<Rejection, Transition<CheckoutSession>> apply(CheckoutSession session, Instant now) {
            return session.releasePayment(now);
        }
    }

    /** Complete with the registered payment. */
    record Complete() implements CheckoutCommand {
        @Override
        public Option<CheckoutSessionAction> action() {
            return Option.some(CheckoutSessionAction.COMPLETE);
        }

        @Override
        public Either<Rejection, Transition<CheckoutSession>> apply(CheckoutSession session, Instant now) {
            return session.complete(now);
        }
    }

    /** Cancel. */
    record Cancel() implements CheckoutCommand {
        @Override
        public Option<CheckoutSessionAction> action() {
            return Option.some(CheckoutSessionAction.CANCEL);
        }

        @Override
        public Either<Rejection, Transition<CheckoutSession>> apply(CheckoutSession session, Instant now) {
            return session.cancel(now);
        }
    }

    /** Expire (accepted only once due). */
    record Expire() implements CheckoutCommand {
        @Override
        public Option<CheckoutSessionAction> action() {
            return Option.some(CheckoutSessionAction.EXPIRE);
        }

        @Override
        public Either<Rejection, Transition<CheckoutSession>> apply(CheckoutSession session, Instant now) {
            return session.expire(now);
        }
    }

    /** Let {@code seconds} pass; not a command of the session, so {@link #apply} must not be called. */
    record Wait(long seconds) implements CheckoutCommand {
        public Wait {
            if (seconds < 0) {
                throw new IllegalArgumentException("time only moves forward");
            }
        }

        @Override
        public Option<CheckoutSessionAction> action() {
            return Option.none();
        }

        @Override
        public Either<Rejection, Transition<CheckoutSession>> apply(CheckoutSession session, Instant now) {
            throw new UnsupportedOperationException("Wait moves the clock; it is not a checkout session command");
        }
    }
}
