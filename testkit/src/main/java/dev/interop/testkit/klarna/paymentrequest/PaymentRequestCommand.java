package dev.interop.testkit.klarna.paymentrequest;

import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestAction;
import dev.interop.shared.domain.CurrencyCode;
import dev.interop.shared.domain.LineItem;
import dev.interop.shared.domain.Money;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.domain.Transition;
import dev.interop.klarna.domain.shipping.ShippingAddress;
import dev.interop.klarna.domain.shipping.ShippingOption;
import dev.interop.klarna.domain.shipping.ShippingSelection;
import dev.interop.shared.token.TokenHash;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One step of a generated scenario against a {@link PaymentRequest}: how much time passes before it, which
 * {@link PaymentRequestAction} it is, and its inputs. Inputs that depend on the request (its currency, its order
 * amount) are described relatively, so one command can run against any request and a model can predict the outcome.
 * Invariant: {@link #elapse()} is not negative.
 */
public sealed interface PaymentRequestCommand {

    /** Time that passes between the previous step and this one. */
    Duration elapse();

    PaymentRequestAction action();

    /** Runs the command against {@code request} at {@code now}. */
    Either<Rejection, Transition<PaymentRequest>> applyTo(PaymentRequest request, Instant now);

    /** A currency different from {@code currency}, for mismatch cases. */
    static CurrencyCode otherThan(CurrencyCode currency) {
        return currency.code().equals("EUR") ? CurrencyCode.of("SEK") : CurrencyCode.of("EUR");
    }

    private static Duration checked(Duration elapse) {
        Objects.requireNonNull(elapse, "elapse");
        if (elapse.isNegative()) {
            throw new IllegalArgumentException("time does not run backwards");
        }
        return elapse;
    }

    /** The customer enters the journey. */
    record Start(Duration elapse) implements PaymentRequestCommand {
        public Start {
            checked(elapse);
        }

        @Override
        public PaymentRequestAction action() {
            return PaymentRequestAction.START;
        }

        @Override
        public Either<Rejection, Transition<PaymentRequest>> applyTo(PaymentRequest request, Instant now) {
            return request.start(now);
        }
    }

    /** The customer leaves the journey. */
    record Abort(Duration elapse) implements PaymentRequestCommand {
        public Abort {
            checked(elapse);
        }

        @Override
        public PaymentRequestAction action() {
            return PaymentRequestAction.ABORT;
        }

        @Override
        public Either<Rejection, Transition<PaymentRequest>> applyTo(PaymentRequest request, Instant now) {
            return request.abort(now);
        }
    }

    /** The customer approves; Klarna issues the token {@code tokenSecret} (only its hash reaches the domain). */
    record Complete(Duration elapse, String tokenSecret) implements PaymentRequestCommand {
        public Complete {
            checked(elapse);
            Objects.requireNonNull(tokenSecret, "tokenSecret");
        }

        @Override
        public PaymentRequestAction action() {
            return PaymentRequestAction.COMPLETE;
        }

        @Override
        public Either<Rejection, Transition<PaymentRequest>> applyTo(PaymentRequest request, Instant now) {
            return request.complete(TokenHash.of(tokenSecret), now);
        }
    }

    /** The Partner cancels. */
    record Cancel(Duration elapse) implements PaymentRequestCommand {
        public Cancel {
            checked(elapse);
        }

        @Override
        public PaymentRequestAction action() {
            return PaymentRequestAction.CANCEL;
        }

        @Override
        public Either<Rejection, Transition<PaymentRequest>> applyTo(PaymentRequest request, Instant now) {
            return request.cancel(now);
        }
    }

    /** The sweeper tries to expire the request. */
    record Expire(Duration elapse) implements PaymentRequestCommand {
        public Expire {
            checked(elapse);
        }

        @Override
        public PaymentRequestAction action() {
            return PaymentRequestAction.EXPIRE;
        }

        @Override
        public Either<Rejection, Transition<PaymentRequest>> applyTo(PaymentRequest request, Instant now) {
            return request.expire(now);
        }
    }

    /** Klarna declines. */
    record Decline(Duration elapse) implements PaymentRequestCommand {
        public Decline {
            checked(elapse);
        }

        @Override
        public PaymentRequestAction action() {
            return PaymentRequestAction.DECLINE;
        }

        @Override
        public Either<Rejection, Transition<PaymentRequest>> applyTo(PaymentRequest request, Instant now) {
            return request.decline(now);
        }
    }

    /**
     * The Partner updates the request to {@code amountMinorUnits} (zero is a deliberate invalid case) split over
     * {@code lineItemCount} line items of quantity 1 (none when the amount is smaller than the count); with
     * {@code lineItemsOff} the last item is one minor unit too expensive; with {@code otherCurrency} everything is
     * in a currency other than the request's.
     */
    record Update(Duration elapse, long amountMinorUnits, int lineItemCount, boolean lineItemsOff,
            boolean otherCurrency, Option<String> reference) implements PaymentRequestCommand {
        public Update {
            checked(elapse);
            Objects.requireNonNull(reference, "reference");
            if (amountMinorUnits < 0 || lineItemCount < 0) {
                throw new IllegalArgumentException("amount and line item count are not negative");
            }
        }

        /** Whether the command carries line items at all. */
        public boolean hasLineItems() {
            return lineItemCount > 0 && amountMinorUnits >= lineItemCount;
        }

        @Override
        public PaymentRequestAction action() {
            return PaymentRequestAction.UPDATE;
        }

        @Override
        public Either<Rejection, Transition<PaymentRequest>> applyTo(PaymentRequest request, Instant now) {
            CurrencyCode currency = otherCurrency ? otherThan(request.amount().currency())
                    : request.amount().currency();
            return request.update(new Money(amountMinorUnits, currency), lineItems(currency), reference, now);
        }

        private List<LineItem> lineItems(CurrencyCode currency) {
            if (!hasLineItems()) {
                return List.empty();
            }
            long share = amountMinorUnits / lineItemCount;
            long last = amountMinorUnits - share * (lineItemCount - 1) + (lineItemsOff ? 1 : 0);
            return List.range(1, lineItemCount).map(i -> LineItem.of("Item " + i, 1, new Money(share, currency)))
                    .append(LineItem.of("Item " + lineItemCount, 1, new Money(last, currency)));
        }
    }

    /**
     * The customer picks {@code address} and an option costing {@code feeMinorUnits}; the new amount is the
     * request's current order amount plus the fee when {@code keepOrderAmount}, else {@code orderMinorUnits} plus
     * the fee (zero order units are a deliberate invalid case). With {@code otherCurrency} the option is priced in
     * a currency other than the request's.
     */
    record ChangeShipping(Duration elapse, ShippingAddress address, String optionReference, long feeMinorUnits,
            boolean keepOrderAmount, long orderMinorUnits, boolean otherCurrency) implements PaymentRequestCommand {
        public ChangeShipping {
            checked(elapse);
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(optionReference, "optionReference");
            if (feeMinorUnits < 0 || orderMinorUnits < 0) {
                throw new IllegalArgumentException("fee and order amount are not negative");
            }
        }

        @Override
        public PaymentRequestAction action() {
            return PaymentRequestAction.CHANGE_SHIPPING;
        }

        @Override
        public Either<Rejection, Transition<PaymentRequest>> applyTo(PaymentRequest request, Instant now) {
            CurrencyCode currency = request.amount().currency();
            long order = keepOrderAmount ? request.orderAmount().minorUnits() : orderMinorUnits;
            ShippingOption option = new ShippingOption(optionReference, "Option " + optionReference,
                    new Money(feeMinorUnits, otherCurrency ? otherThan(currency) : currency));
            return request.changeShipping(new ShippingSelection(address, option),
                    new Money(order + feeMinorUnits, currency), now);
        }
    }
}
