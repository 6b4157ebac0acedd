package dev.interop.klarna.domain.paymentrequest;

import static dev.interop.klarna.domain.paymentrequest.PaymentRequestAction.ABORT;
import static dev.interop.klarna.domain.paymentrequest.PaymentRequestAction.CANCEL;
import static dev.interop.klarna.domain.paymentrequest.PaymentRequestAction.CHANGE_SHIPPING;
import static dev.interop.klarna.domain.paymentrequest.PaymentRequestAction.COMPLETE;
import static dev.interop.klarna.domain.paymentrequest.PaymentRequestAction.DECLINE;
import static dev.interop.klarna.domain.paymentrequest.PaymentRequestAction.EXPIRE;
import static dev.interop.klarna.domain.paymentrequest.PaymentRequestAction.START;
import static dev.interop.klarna.domain.paymentrequest.PaymentRequestAction.UPDATE;
import static dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind.CANCELED;
import static dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind.COMPLETED;
import static dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind.DECLINED;
import static dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind.EXPIRED;
import static dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind.IN_PROGRESS;
import static dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind.SUBMITTED;

import dev.interop.klarna.domain.KlarnaRejection;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.shared.domain.Krn;
import dev.interop.shared.domain.LineItem;
import dev.interop.shared.domain.Money;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.domain.Transition;
import dev.interop.shared.domain.TransitionTable;
import dev.interop.shared.domain.Versioned;
import dev.interop.klarna.domain.shipping.ShippingSelection;
import dev.interop.shared.token.TokenHash;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Klarna's Payment Request (klarna-facts §3.3, DOMAIN.md "Authorization and step-up"): the resource a customer
 * completes in Klarna's purchase journey, for step-up after an authorization or for express checkout.
 *
 * <p>Machine ({@link #TABLE}): {@code SUBMITTED → IN_PROGRESS} (start), {@code IN_PROGRESS → SUBMITTED} (abort,
 * {@link StateReason#PURCHASE_FLOW_ABORTED}), {@code IN_PROGRESS → COMPLETED} (complete),
 * {@code SUBMITTED|IN_PROGRESS → CANCELED} (cancel, {@link StateReason#PARTNER_CANCELED}),
 * {@code SUBMITTED|IN_PROGRESS → EXPIRED} (expire, only once due), {@code SUBMITTED|IN_PROGRESS → DECLINED}
 * (decline, {@link StateReason#PAYMENT_DECLINED}), {@code SUBMITTED → SUBMITTED} (update) and
 * {@code IN_PROGRESS → IN_PROGRESS} (shipping change). {@code COMPLETED}, {@code CANCELED}, {@code EXPIRED} and
 * {@code DECLINED} are final.
 *
 * <p>Rejections, checked in this order: a command on a final state is {@link KlarnaRejection#PAYMENT_REQUEST_FINAL};
 * any command but expire at or after {@code expiresAt} is {@link KlarnaRejection#PAYMENT_REQUEST_EXPIRED}; an update
 * outside {@code SUBMITTED} is {@link KlarnaRejection#PAYMENT_REQUEST_NOT_UPDATABLE}; any other command the table does
 * not allow in the current state, and an expire before {@code expiresAt}, is
 * {@link CommonRejection#ACTION_NOT_ALLOWED}; then the command's own input checks. A rejection changes nothing.
 *
 * <p>Invariants:
 * <ul>
 *   <li>{@code amount} is positive and is the total to pay, including the selected shipping option's amount;
 *       {@link #orderAmount()} (amount minus the shipping option) is positive too.</li>
 *   <li>Line items, when present, are in the amount's currency and sum exactly to {@link #orderAmount()} (R12);
 *       without shipping that is the amount itself.</li>
 *   <li>The shipping option, when selected, is in the amount's currency.</li>
 *   <li>{@code expiresAt} is after {@code createdAt} by a TTL between {@link #MIN_TTL} and {@link #MAX_TTL} (checked
 *       at creation).</li>
 *   <li>{@code previousState} and {@code stateReason} describe the last change of state; a change inside a state
 *       (update, shipping) leaves them as they were. A reason is only present with a previous state.</li>
 *   <li>{@code version >= 1} ({@link #create} answers version 1) and {@code eventCount >= version}: every accepted
 *       command adds one to the version and emits exactly one {@link PaymentRequestEvent}.</li>
 * </ul>
 *
 * @param customerSessionId the KRN of the customer session this request belongs to, when there is one (its type
 *                          lives in the session package; here it is the plain KRN text)
 * @param reference         the Partner's {@code payment_request_reference}
 * @param returnUrl         where Klarna sends the customer back after the journey (Klarna placeholders such as
 *                          {@code {klarna.payment_request.id}} allowed)
 */
public record PaymentRequest(
        PaymentRequestId id,
        PartnerAccountId partner,
        Option<String> customerSessionId,
        Intent intent,
        Money amount,
        Option<String> reference,
        List<LineItem> lineItems,
        Option<String> returnUrl,
        Option<ShippingSelection> shipping,
        PaymentRequestState state,
        Option<PaymentRequestStateKind> previousState,
        Option<StateReason> stateReason,
        Instant createdAt,
        Instant expiresAt,
        long version,
        long eventCount) implements Versioned {

    /** How long a request lives when the caller does not say. */
    public static final Duration DEFAULT_TTL = Duration.ofHours(3);
    /** The shortest allowed time to live, inclusive. */
    public static final Duration MIN_TTL = Duration.ofMinutes(15);
    /** The longest allowed time to live, inclusive. */
    public static final Duration MAX_TTL = Duration.ofHours(48);
    /** How long the token issued on completion may be used for final authorization (R6). */
    public static final Duration TOKEN_VALIDITY = PaymentRequestState.Completed.TOKEN_VALIDITY;

    private static final int MAX_REFERENCE = 255;
    private static final int MAX_URL = 2048;

    /** The machine as data: the oracle of the property tests and the source of {@link #allowedActions}. */
    public static final TransitionTable<PaymentRequestStateKind, PaymentRequestAction> TABLE = TransitionTable
            .builder("Payment Request", PaymentRequestStateKind.class, PaymentRequestAction.class, SUBMITTED)
            .on(SUBMITTED, START, IN_PROGRESS)
            .on(SUBMITTED, UPDATE, SUBMITTED)
            .on(SUBMITTED, CANCEL, CANCELED)
            .on(SUBMITTED, EXPIRE, EXPIRED)
            .on(SUBMITTED, DECLINE, DECLINED)
            .on(IN_PROGRESS, ABORT, SUBMITTED)
            .on(IN_PROGRESS, COMPLETE, COMPLETED)
            .on(IN_PROGRESS, CHANGE_SHIPPING, IN_PROGRESS)
            .on(IN_PROGRESS, CANCEL, CANCELED)
            .on(IN_PROGRESS, EXPIRE, EXPIRED)
            .on(IN_PROGRESS, DECLINE, DECLINED)
            .finals(COMPLETED, CANCELED, EXPIRED, DECLINED)
            .build();

    public PaymentRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(customerSessionId, "customerSessionId");
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(lineItems, "lineItems");
        Objects.requireNonNull(returnUrl, "returnUrl");
        Objects.requireNonNull(shipping, "shipping");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(previousState, "previousState");
        Objects.requireNonNull(stateReason, "stateReason");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a payment request amount is positive");
        }
        if (shipping.exists(selection -> !selection.option().amount().sameCurrency(amount))) {
            throw new IllegalArgumentException("the shipping option is in " + amount.currency());
        }
        Option<Money> order = orderAmountOf(amount, shipping);
        if (order.isEmpty()) {
            throw new IllegalArgumentException("the amount exceeds the selected shipping option's amount");
        }
        if (LineItem.checkSum(lineItems, order.get(), "line_items").isLeft()) {
            throw new IllegalArgumentException("line items sum to the order amount");
        }
        if (reference.exists(value -> !isReference(value))) {
            throw new IllegalArgumentException("a reference has 1.." + MAX_REFERENCE + " characters");
        }
        if (returnUrl.exists(value -> !isReturnUrl(value))) {
            throw new IllegalArgumentException("not a return URL: " + returnUrl.get());
        }
        if (customerSessionId.exists(value -> !Krn.isValid(value))) {
            throw new IllegalArgumentException("a customer session id is a KRN");
        }
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a payment request expires after it is created");
        }
        if (stateReason.isDefined() && previousState.isEmpty()) {
            throw new IllegalArgumentException("a state reason comes with a previous state");
        }
        if (version < 1 || eventCount < version) {
            throw new IllegalArgumentException("version >= 1 and eventCount >= version");
        }
    }

    /**
     * Creates a request in {@code SUBMITTED}, version 1, emitting {@link PaymentRequestEvent.Submitted}.
     *
     * <p>Rejections, in order: {@link CommonRejection#INVALID_AMOUNT} ({@code amount}) unless positive;
     * {@link CommonRejection#CURRENCY_MISMATCH} or {@link CommonRejection#LINE_ITEMS_DO_NOT_SUM_TO_TOTAL}
     * ({@code line_items}); {@link CommonRejection#INVALID_FIELD} for a blank or over-long {@code reference}, a
     * {@code return_url} that is not an absolute http(s) URL of at most 2048 characters, or a
     * {@code customer_session_id} that is not a KRN; {@link CommonRejection#INVALID_TTL} ({@code ttl}) for a TTL
     * outside {@link #MIN_TTL}..{@link #MAX_TTL}.
     *
     * @param ttl how long the request lives; {@link #DEFAULT_TTL} when absent
     * @param now the creation time; {@code expiresAt = now + ttl}
     */
    public static Either<Rejection, Transition<PaymentRequest>> create(PaymentRequestId id, PartnerAccountId partner,
            Option<String> customerSessionId, Intent intent, Money amount, Option<String> reference,
            List<LineItem> lineItems, Option<String> returnUrl, Option<Duration> ttl, Instant now) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(lineItems, "lineItems");
        Objects.requireNonNull(returnUrl, "returnUrl");
        Objects.requireNonNull(customerSessionId, "customerSessionId");
        Objects.requireNonNull(ttl, "ttl");
        Objects.requireNonNull(now, "now");
        Duration lifetime = ttl.getOrElse(DEFAULT_TTL);
        return amount.requirePositive("amount")
                .flatMap(positive -> LineItem.checkSum(lineItems, positive, "line_items"))
                .flatMap(items -> checkReference(reference))
                .flatMap(ok -> checkReturnUrl(returnUrl))
                .flatMap(ok -> checkCustomerSessionId(customerSessionId))
                .flatMap(ok -> checkTtl(lifetime))
                .map(ok -> {
                    Instant expiresAt = now.plus(lifetime);
                    PaymentRequest request = new PaymentRequest(id, partner, customerSessionId, intent, amount,
                            reference, lineItems, returnUrl, Option.none(), new PaymentRequestState.Submitted(),
                            Option.none(), Option.none(), now, expiresAt, 1, 1);
                    return Transition.of(request,
                            new PaymentRequestEvent.Submitted(id, partner, intent, amount, expiresAt, now));
                });
    }

    /** The customer enters the purchase journey: {@code SUBMITTED → IN_PROGRESS}. */
    public Either<Rejection, Transition<PaymentRequest>> start(Instant now) {
        return guard(START, now).map(ok -> moveTo(new PaymentRequestState.InProgress(), Option.none(),
                new PaymentRequestEvent.Started(id, now)));
    }

    /** The customer leaves the journey: {@code IN_PROGRESS → SUBMITTED}, reason {@code PURCHASE_FLOW_ABORTED}. */
    public Either<Rejection, Transition<PaymentRequest>> abort(Instant now) {
        return guard(ABORT, now).map(ok -> moveTo(new PaymentRequestState.Submitted(),
                Option.of(StateReason.PURCHASE_FLOW_ABORTED),
                new PaymentRequestEvent.Aborted(id, StateReason.PURCHASE_FLOW_ABORTED, now)));
    }

    /**
     * The customer approves: {@code IN_PROGRESS → COMPLETED}. Klarna issued a fresh token (only its hash comes in),
     * valid for final authorization until {@code now + 60 minutes}.
     */
    public Either<Rejection, Transition<PaymentRequest>> complete(TokenHash newTokenHash, Instant now) {
        Objects.requireNonNull(newTokenHash, "newTokenHash");
        return guard(COMPLETE, now).map(ok -> {
            PaymentRequestState.Completed completed = PaymentRequestState.Completed.at(now, newTokenHash);
            return moveTo(completed, Option.none(),
                    new PaymentRequestEvent.Completed(id, amount, completed.tokenValidUntil(), now));
        });
    }

    /** The Partner cancels: {@code SUBMITTED|IN_PROGRESS → CANCELED}, reason {@code PARTNER_CANCELED}. */
    public Either<Rejection, Transition<PaymentRequest>> cancel(Instant now) {
        return guard(CANCEL, now).map(ok -> moveTo(new PaymentRequestState.Canceled(now),
                Option.of(StateReason.PARTNER_CANCELED),
                new PaymentRequestEvent.Canceled(id, StateReason.PARTNER_CANCELED, now)));
    }

    /**
     * The sweeper expires a due request: {@code SUBMITTED|IN_PROGRESS → EXPIRED}; {@code ACTION_NOT_ALLOWED} before
     * {@code expiresAt}. The state records {@code expiresAt} as the moment of expiry; the event records both.
     */
    public Either<Rejection, Transition<PaymentRequest>> expire(Instant now) {
        return guard(EXPIRE, now).flatMap(ok -> isDue(now)
                ? Either.right(moveTo(new PaymentRequestState.Expired(expiresAt), Option.none(),
                        new PaymentRequestEvent.Expired(id, expiresAt, now)))
                : Rejection.reject(CommonRejection.ACTION_NOT_ALLOWED,
                        "the payment request is not due to expire before " + expiresAt));
    }

    /** Klarna declines: {@code SUBMITTED|IN_PROGRESS → DECLINED}, reason {@code PAYMENT_DECLINED}. */
    public Either<Rejection, Transition<PaymentRequest>> decline(Instant now) {
        return guard(DECLINE, now).map(ok -> moveTo(new PaymentRequestState.Declined(now),
                Option.of(StateReason.PAYMENT_DECLINED),
                new PaymentRequestEvent.Declined(id, StateReason.PAYMENT_DECLINED, now)));
    }

    /**
     * The Partner replaces amount, line items and reference; only while {@code SUBMITTED}
     * ({@link KlarnaRejection#PAYMENT_REQUEST_NOT_UPDATABLE} otherwise). The given values replace the old ones
     * entirely (an empty list removes the line items, an absent reference removes it), and a shipping selection
     * made before an abort is dropped, since the new amount no longer includes it.
     *
     * <p>Input rejections: {@link CommonRejection#INVALID_AMOUNT} ({@code amount}),
     * {@link CommonRejection#CURRENCY_MISMATCH} ({@code currency}) for a change of currency, the line item checks of
     * {@link LineItem#checkSum} ({@code line_items}), {@link CommonRejection#INVALID_FIELD} ({@code reference}).
     */
    public Either<Rejection, Transition<PaymentRequest>> update(Money newAmount, List<LineItem> newLineItems,
            Option<String> newReference, Instant now) {
        Objects.requireNonNull(newAmount, "newAmount");
        Objects.requireNonNull(newLineItems, "newLineItems");
        Objects.requireNonNull(newReference, "newReference");
        return guard(UPDATE, now)
                .flatMap(ok -> newAmount.requirePositive("amount"))
                .flatMap(ok -> sameCurrency(newAmount, "currency"))
                .flatMap(ok -> LineItem.checkSum(newLineItems, newAmount, "line_items"))
                .flatMap(ok -> checkReference(newReference))
                .map(ok -> stay(newAmount, newLineItems, newReference, Option.none(),
                        new PaymentRequestEvent.Updated(id, newAmount, newLineItems.size(), newReference, now)));
    }

    /**
     * The customer changes the shipping address or option in the journey ({@code IN_PROGRESS} only): the request
     * now pays {@code newAmount}, the Partner's quoted total including the selected option.
     *
     * <p>Input rejections: {@link CommonRejection#CURRENCY_MISMATCH} ({@code amount} or {@code shipping_option}) when
     * either is not in the request's currency; {@link CommonRejection#INVALID_AMOUNT} ({@code amount}) unless
     * {@code newAmount} exceeds the option's amount; {@link CommonRejection#LINE_ITEMS_DO_NOT_SUM_TO_TOTAL}
     * ({@code amount}) when the request has line items and {@code newAmount} is not their sum plus the option.
     */
    public Either<Rejection, Transition<PaymentRequest>> changeShipping(ShippingSelection selection, Money newAmount,
            Instant now) {
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(newAmount, "newAmount");
        Option<ShippingSelection> newShipping = Option.of(selection);
        return guard(CHANGE_SHIPPING, now)
                .flatMap(ok -> sameCurrency(newAmount, "amount"))
                .flatMap(ok -> sameCurrency(selection.option().amount(), "shipping_option"))
                .flatMap(ok -> orderAmountOf(newAmount, newShipping).toEither(() -> Rejection.ofField(
                        CommonRejection.INVALID_AMOUNT, "amount",
                        "must exceed the shipping option's amount " + selection.option().amount())))
                .flatMap(order -> LineItem.checkSum(lineItems, order, "amount"))
                .map(ok -> stay(newAmount, lineItems, reference, newShipping,
                        new PaymentRequestEvent.ShippingChanged(id, selection, newAmount, now)));
    }

    /** Whether the sweeper should expire this request at {@code now}: not final and {@code now >= expiresAt}. */
    public boolean isDue(Instant now) {
        return !state.kind().isFinal() && !now.isBefore(expiresAt);
    }

    /**
     * The actions a caller may take at {@code now}: none in a final state; only {@code EXPIRE} once due; otherwise
     * the table's actions for the state except {@code EXPIRE}.
     */
    public Set<PaymentRequestAction> allowedActions(Instant now) {
        if (state.kind().isFinal()) {
            return LinkedHashSet.empty();
        }
        return isDue(now) ? LinkedHashSet.of(EXPIRE) : TABLE.allowedActions(state.kind()).remove(EXPIRE);
    }

    /** The amount the customer approved: present only when {@code COMPLETED}. */
    public Option<Money> approvedAmount() {
        return completion().map(completed -> amount);
    }

    /** The completed state (issued token hash and its validity), when {@code COMPLETED}. */
    public Option<PaymentRequestState.Completed> completion() {
        return state instanceof PaymentRequestState.Completed completed ? Option.of(completed) : Option.none();
    }

    /** The amount without the selected shipping option: what the line items sum to and what shipping quotes take. */
    public Money orderAmount() {
        return orderAmountOf(amount, shipping).get();
    }

    public PaymentRequestStateKind kind() {
        return state.kind();
    }

    private Either<Rejection, PaymentRequest> guard(PaymentRequestAction action, Instant now) {
        Objects.requireNonNull(now, "now");
        PaymentRequestStateKind kind = state.kind();
        if (kind.isFinal()) {
            return Rejection.reject(KlarnaRejection.PAYMENT_REQUEST_FINAL,
                    "the payment request is " + kind + ", a final state");
        }
        if (action != EXPIRE && !now.isBefore(expiresAt)) {
            return Rejection.reject(KlarnaRejection.PAYMENT_REQUEST_EXPIRED,
                    "the payment request expired at " + expiresAt);
        }
        if (!TABLE.allowedActions(kind).contains(action)) {
            return action == UPDATE
                    ? Rejection.reject(KlarnaRejection.PAYMENT_REQUEST_NOT_UPDATABLE,
                            "a payment request can be updated only while SUBMITTED; it is " + kind)
                    : Rejection.reject(CommonRejection.ACTION_NOT_ALLOWED,
                            action + " is not allowed on a payment request in " + kind);
        }
        return Either.right(this);
    }

    private Either<Rejection, Money> sameCurrency(Money money, String field) {
        return money.sameCurrency(amount) ? Either.right(money)
                : Either.left(Rejection.ofField(CommonRejection.CURRENCY_MISMATCH, field,
                        "must be in " + amount.currency() + " like the payment request"));
    }

    private Transition<PaymentRequest> moveTo(PaymentRequestState next, Option<StateReason> reason,
            PaymentRequestEvent event) {
        return Transition.of(new PaymentRequest(id, partner, customerSessionId, intent, amount, reference, lineItems,
                returnUrl, shipping, next, Option.of(state.kind()), reason, createdAt, expiresAt, version + 1,
                eventCount + 1), event);
    }

    private Transition<PaymentRequest> stay(Money newAmount, List<LineItem> newLineItems, Option<String> newReference,
            Option<ShippingSelection> newShipping, PaymentRequestEvent event) {
        return Transition.of(new PaymentRequest(id, partner, customerSessionId, intent, newAmount, newReference,
                newLineItems, returnUrl, newShipping, state, previousState, stateReason, createdAt, expiresAt,
                version + 1, eventCount + 1), event);
    }

    /** The amount minus the shipping option's, when that leaves a positive amount. */
    private static Option<Money> orderAmountOf(Money total, Option<ShippingSelection> shipping) {
        long fee = shipping.map(selection -> selection.option().amount().minorUnits()).getOrElse(0L);
        long order = total.minorUnits() - fee;
        return order > 0 ? Option.of(new Money(order, total.currency())) : Option.none();
    }

    private static Either<Rejection, Option<String>> checkReference(Option<String> reference) {
        return reference.exists(value -> !isReference(value))
                ? Either.left(Rejection.ofField(CommonRejection.INVALID_FIELD, "reference",
                        "must have 1.." + MAX_REFERENCE + " characters"))
                : Either.right(reference);
    }

    private static Either<Rejection, Option<String>> checkReturnUrl(Option<String> returnUrl) {
        return returnUrl.exists(value -> !isReturnUrl(value))
                ? Either.left(Rejection.ofField(CommonRejection.INVALID_FIELD, "return_url",
                        "must be an absolute http or https URL of at most " + MAX_URL + " characters"))
                : Either.right(returnUrl);
    }

    private static Either<Rejection, Option<String>> checkCustomerSessionId(Option<String> customerSessionId) {
        return customerSessionId.exists(value -> !Krn.isValid(value))
                ? Either.left(Rejection.ofField(CommonRejection.INVALID_FIELD, "customer_session_id",
                        "must be a customer session KRN"))
                : Either.right(customerSessionId);
    }

    private static Either<Rejection, Duration> checkTtl(Duration ttl) {
        return ttl.compareTo(MIN_TTL) < 0 || ttl.compareTo(MAX_TTL) > 0
                ? Either.left(Rejection.ofField(CommonRejection.INVALID_TTL, "ttl",
                        "must be between 15 minutes and 48 hours"))
                : Either.right(ttl);
    }

    private static boolean isReference(String value) {
        return !value.isBlank() && value.length() <= MAX_REFERENCE;
    }

    /** An absolute http(s) URL with a host; Klarna's {@code {placeholders}} are allowed, whitespace is not. */
    private static boolean isReturnUrl(String value) {
        if (value.length() > MAX_URL || value.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            return false;
        }
        String rest;
        if (value.startsWith("https://")) {
            rest = value.substring("https://".length());
        } else if (value.startsWith("http://")) {
            rest = value.substring("http://".length());
        } else {
            return false;
        }
        return !rest.isEmpty() && rest.charAt(0) != '/' && rest.charAt(0) != '?' && rest.charAt(0) != '#';
    }
}
