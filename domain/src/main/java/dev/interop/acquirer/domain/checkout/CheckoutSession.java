package dev.interop.acquirer.domain.checkout;

import static dev.interop.acquirer.domain.checkout.CheckoutSessionAction.CANCEL;
import static dev.interop.acquirer.domain.checkout.CheckoutSessionAction.COMPLETE;
import static dev.interop.acquirer.domain.checkout.CheckoutSessionAction.EXPIRE;
import static dev.interop.acquirer.domain.checkout.CheckoutSessionAction.REGISTER_PAYMENT;
import static dev.interop.acquirer.domain.checkout.CheckoutSessionAction.RELEASE_PAYMENT;
import static dev.interop.acquirer.domain.checkout.CheckoutSessionAction.UPDATE;

import dev.interop.acquirer.domain.AcquirerRejection;
import dev.interop.acquirer.domain.journey.JourneyKind;
import dev.interop.acquirer.domain.journey.Journeys;
import dev.interop.acquirer.domain.partner.PartnerId;
import dev.interop.acquirer.domain.partner.PartnerProfile;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.network.PresentationInstruction;
import dev.interop.shared.domain.DomainEvent;
import dev.interop.shared.domain.LineItem;
import dev.interop.shared.domain.Money;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.domain.Transition;
import dev.interop.shared.domain.TransitionTable;
import dev.interop.shared.domain.Versioned;
import dev.interop.shared.token.InteroperabilityData;
import dev.interop.acquirer.domain.token.SealedToken;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A checkout session at the Acquiring Partner ({@code /v1/checkout-sessions}): opened by a Partner before its
 * checkout or review screen, it carries the amount and line items and, for the interoperability journeys, the token
 * (sealed, R2) and the data that the payment will forward later (R9). It also keeps the presentation instruction
 * Klarna gave for it (R4) when it was opened or last changed in amount or token, so every read can show how Klarna
 * must be presented without asking Klarna again (the token may be consumed by then).
 *
 * <p>Invariants: the amount is positive and, when line items are present, they are in its currency and sum to it
 * exactly (R12); the reference, when present, has 1..255 characters; {@code expiresAt} is after {@code createdAt};
 * {@code version >= 1} and {@code eventCount >= version} (every accepted command emits at least one event). The
 * amount, line items, reference and data points change only while {@link CheckoutSessionKind#OPEN}; every state
 * change is an edge of {@link #TABLE}; a final state never changes again.
 */
public record CheckoutSession(CheckoutSessionId id, PartnerId partner, JourneyKind journey,
        PresentationInstruction klarnaInstruction, Money amount, Option<String> reference, List<LineItem> lineItems,
        Option<SealedToken> token, Option<InteroperabilityData> data, CheckoutSessionState state, Instant createdAt,
        Instant expiresAt, long version, long eventCount) implements Versioned {

    /** How long a session stays open when the caller does not say. */
    public static final Duration DEFAULT_TTL = Duration.ofHours(24);

    /** The shortest allowed time to live. */
    public static final Duration MIN_TTL = Duration.ofMinutes(1);

    /** The longest allowed time to live. */
    public static final Duration MAX_TTL = Duration.ofHours(48);

    /** The checkout session machine. */
    public static final TransitionTable<CheckoutSessionKind, CheckoutSessionAction> TABLE =
            TransitionTable.builder("Checkout session", CheckoutSessionKind.class, CheckoutSessionAction.class,
                            CheckoutSessionKind.OPEN)
                    .on(CheckoutSessionKind.OPEN, UPDATE, CheckoutSessionKind.OPEN)
                    .on(CheckoutSessionKind.OPEN, REGISTER_PAYMENT, CheckoutSessionKind.PAYMENT_REGISTERED)
                    .on(CheckoutSessionKind.OPEN, CANCEL, CheckoutSessionKind.CANCELED)
                    .on(CheckoutSessionKind.OPEN, EXPIRE, CheckoutSessionKind.EXPIRED)
                    .on(CheckoutSessionKind.PAYMENT_REGISTERED, COMPLETE, CheckoutSessionKind.COMPLETED)
                    .on(CheckoutSessionKind.PAYMENT_REGISTERED, RELEASE_PAYMENT, CheckoutSessionKind.OPEN)
                    .on(CheckoutSessionKind.PAYMENT_REGISTERED, CANCEL, CheckoutSessionKind.CANCELED)
                    .finals(CheckoutSessionKind.COMPLETED, CheckoutSessionKind.EXPIRED, CheckoutSessionKind.CANCELED)
                    .build();

    public CheckoutSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(journey, "journey");
        Objects.requireNonNull(klarnaInstruction, "klarnaInstruction");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(lineItems, "lineItems");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a checkout session amount is positive");
        }
        if (LineItem.checkSum(lineItems, amount, "line_items").isLeft()) {
            throw new IllegalArgumentException("line items must sum to the amount");
        }
        if (reference.exists(text -> !isReference(text))) {
            throw new IllegalArgumentException("a reference has 1..255 characters");
        }
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a checkout session expires after it was created");
        }
        if (version < 1 || eventCount < version) {
            throw new IllegalArgumentException("version >= 1 and eventCount >= version");
        }
    }

    /**
     * Opens a session for {@code partner} following {@code journey}, valid for {@code ttl} from {@code now}, with
     * the presentation instruction Klarna gave for its token and amount.
     * Rejects a non-positive amount ({@code INVALID_AMOUNT}), line items in another currency or not summing to the
     * amount ({@code CURRENCY_MISMATCH}, {@code LINE_ITEMS_DO_NOT_SUM_TO_TOTAL}), a blank or over-long reference
     * ({@code INVALID_FIELD}), a time to live outside {@link #MIN_TTL}..{@link #MAX_TTL} ({@code INVALID_TTL}) and
     * one-step express for a Partner that cannot offer it ({@code ONE_STEP_EXPRESS_NOT_AVAILABLE}, R8). The new
     * session has version 1 and one {@link CheckoutSessionEvent.Opened} event.
     */
    public static Either<Rejection, Transition<CheckoutSession>> open(CheckoutSessionId id, PartnerProfile partner,
            JourneyKind journey, PresentationInstruction klarnaInstruction, Money amount, Option<String> reference,
            List<LineItem> lineItems, Option<SealedToken> token, Option<InteroperabilityData> data, Instant now,
            Duration ttl) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(journey, "journey");
        Objects.requireNonNull(klarnaInstruction, "klarnaInstruction");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(lineItems, "lineItems");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(ttl, "ttl");
        return amount.requirePositive("amount")
                .flatMap(positive -> LineItem.checkSum(lineItems, positive, "line_items"))
                .flatMap(items -> checkReference(reference))
                .flatMap(ref -> checkTtl(ttl))
                .flatMap(valid -> Journeys.requireAvailable(journey, partner))
                .map(kind -> {
                    Instant expiresAt = now.plus(ttl);
                    CheckoutSession session = new CheckoutSession(id, partner.id(), kind, klarnaInstruction, amount,
                            reference, lineItems, token, data, new CheckoutSessionState.Open(), now, expiresAt, 1, 1);
                    return Transition.of(session, new CheckoutSessionEvent.Opened(id, partner.id(), kind,
                            klarnaInstruction, amount, lineItems.size(), token.isDefined(), data.isDefined(),
                            expiresAt, now));
                });
    }

    public CheckoutSessionKind kind() {
        return state.kind();
    }

    /** The commands the current state accepts, from {@link #TABLE}. */
    public Set<CheckoutSessionAction> allowedActions() {
        return TABLE.allowedActions(kind());
    }

    /** Whether the session is open and not past its expiry time at {@code now}. */
    public boolean isOpenAt(Instant now) {
        return kind() == CheckoutSessionKind.OPEN && now.isBefore(expiresAt);
    }

    /** Whether {@link #expire} would be accepted at {@code now}. */
    public boolean isDueToExpireAt(Instant now) {
        return kind() == CheckoutSessionKind.OPEN && !now.isBefore(expiresAt);
    }

    /**
     * Whether a payment may be submitted or registered against this session at {@code now}: the same check as
     * {@link #registerPayment}, answering the session itself or why not ({@code SESSION_EXPIRED},
     * {@code SESSION_ENDED}, {@code ACTION_NOT_ALLOWED} when a payment is already registered).
     */
    public Either<Rejection, CheckoutSession> acceptsPaymentAt(Instant now) {
        Objects.requireNonNull(now, "now");
        return require(REGISTER_PAYMENT, now);
    }

    /** The id of the payment registered against the session, while registered or once completed. */
    public Option<String> paymentId() {
        if (state instanceof CheckoutSessionState.PaymentRegistered registered) {
            return Option.some(registered.paymentId());
        }
        if (state instanceof CheckoutSessionState.Completed completed) {
            return Option.some(completed.paymentId());
        }
        return Option.none();
    }

    /**
     * Changes the session while it is open; {@code none} leaves a part as it is. A shipping change on the review
     * screen changes the amount: when the session has line items, new line items that sum to the new amount must come
     * with it ({@code LINE_ITEMS_DO_NOT_SUM_TO_TOTAL} otherwise). The currency never changes
     * ({@code CURRENCY_MISMATCH}); given line items replace the old ones (an empty list removes them); a given token or
     * data replaces the old one (a rotated token, R3). An update that gives nothing is {@code INVALID_FIELD}.
     */
    public Either<Rejection, Transition<CheckoutSession>> update(Option<Money> newAmount,
            Option<List<LineItem>> newLineItems, Option<String> newReference, Option<SealedToken> newToken,
            Option<InteroperabilityData> newData, Instant now) {
        return update(newAmount, newLineItems, newReference, newToken, newData, Option.none(), now);
    }

    /**
     * {@link #update(Option, Option, Option, Option, Option, Instant)} that also records the presentation instruction
     * Klarna gave for the changed session ({@code none} keeps the current one). The instruction is not a change the
     * Partner asks for: an update that gives only an instruction is still {@code INVALID_FIELD}.
     */
    public Either<Rejection, Transition<CheckoutSession>> update(Option<Money> newAmount,
            Option<List<LineItem>> newLineItems, Option<String> newReference, Option<SealedToken> newToken,
            Option<InteroperabilityData> newData, Option<PresentationInstruction> newInstruction, Instant now) {
        Objects.requireNonNull(newInstruction, "newInstruction");
        Objects.requireNonNull(newAmount, "newAmount");
        Objects.requireNonNull(newLineItems, "newLineItems");
        Objects.requireNonNull(newReference, "newReference");
        Objects.requireNonNull(newToken, "newToken");
        Objects.requireNonNull(newData, "newData");
        Objects.requireNonNull(now, "now");
        List<String> fields = List.of(
                        newAmount.map(given -> "amount"), newLineItems.map(given -> "line_items"),
                        newReference.map(given -> "reference"), newToken.map(given -> "interoperability_token"),
                        newData.map(given -> "interoperability_data"))
                .flatMap(Option::toList);
        return require(UPDATE, now)
                .flatMap(open -> fields.isEmpty()
                        ? Either.left(Rejection.of(CommonRejection.INVALID_FIELD,
                                "an update changes at least one of amount, line_items, reference, "
                                        + "interoperability_token, interoperability_data"))
                        : Either.right(fields))
                .flatMap(given -> checkNewAmount(newAmount))
                .flatMap(total -> checkNewLineItems(newLineItems, total)
                        .flatMap(items -> newReference.isDefined() ? checkReference(newReference).map(ref -> items)
                                : Either.right(items))
                        .map(items -> {
                            PresentationInstruction instruction = newInstruction.getOrElse(klarnaInstruction);
                            CheckoutSession next = new CheckoutSession(id, partner, journey, instruction, total,
                                    newReference.orElse(reference), items, newToken.orElse(token),
                                    newData.orElse(data), state, createdAt, expiresAt, version + 1, eventCount + 1);
                            return Transition.of(next, new CheckoutSessionEvent.Updated(id, total, amount,
                                    items.size(), fields, instruction, now));
                        }));
    }

    /**
     * Records that payment {@code paymentId} was submitted or registered against the session. Only while open and
     * not expired ({@code SESSION_EXPIRED}); a session that already has a payment answers
     * {@code ACTION_NOT_ALLOWED}.
     */
    public Either<Rejection, Transition<CheckoutSession>> registerPayment(String paymentId, Instant now) {
        Objects.requireNonNull(now, "now");
        if (!CheckoutSessionState.isPaymentId(paymentId)) {
            return Either.left(Rejection.ofField(CommonRejection.INVALID_FIELD, "payment_id", "must be a payment id"));
        }
        return require(REGISTER_PAYMENT, now).map(open -> next(new CheckoutSessionState.PaymentRegistered(paymentId),
                new CheckoutSessionEvent.PaymentRegistered(id, paymentId, now)));
    }

    /** The registered payment was declined: the session is open again (until it expires) for another attempt. */
    public Either<Rejection, Transition<CheckoutSession>> releasePayment(Instant now) {
        Objects.requireNonNull(now, "now");
        return require(RELEASE_PAYMENT, now).map(registered -> next(new CheckoutSessionState.Open(),
                new CheckoutSessionEvent.PaymentReleased(id, paymentId().get(), now)));
    }

    /** The registered payment was authorized: the session is completed, even if that happened after expiry. */
    public Either<Rejection, Transition<CheckoutSession>> complete(Instant now) {
        Objects.requireNonNull(now, "now");
        return require(COMPLETE, now).map(registered -> {
            String paymentId = paymentId().get();
            return next(new CheckoutSessionState.Completed(paymentId, now),
                    new CheckoutSessionEvent.Completed(id, paymentId, now));
        });
    }

    /** The Partner cancels the session, open or with a payment registered. */
    public Either<Rejection, Transition<CheckoutSession>> cancel(Instant now) {
        Objects.requireNonNull(now, "now");
        return require(CANCEL, now).map(any -> next(new CheckoutSessionState.Canceled(now),
                new CheckoutSessionEvent.Canceled(id, now)));
    }

    /** Expires an open session whose expiry time has come; before that, {@code ACTION_NOT_ALLOWED}. */
    public Either<Rejection, Transition<CheckoutSession>> expire(Instant now) {
        Objects.requireNonNull(now, "now");
        return require(EXPIRE, now)
                .flatMap(open -> now.isBefore(expiresAt)
                        ? Either.left(Rejection.of(CommonRejection.ACTION_NOT_ALLOWED,
                                "checkout session " + id + " is not due to expire before " + expiresAt))
                        : Either.right(open))
                .map(open -> next(new CheckoutSessionState.Expired(now),
                        new CheckoutSessionEvent.Expired(id, expiresAt, now)));
    }

    /**
     * Whether {@code action} may run now: the table must allow it in the current state, and an open session past its
     * expiry time accepts neither updates nor payments. The rejection says why: {@code SESSION_EXPIRED},
     * {@code SESSION_ENDED} (completed or canceled) or {@code ACTION_NOT_ALLOWED}.
     */
    private Either<Rejection, CheckoutSession> require(CheckoutSessionAction action, Instant now) {
        CheckoutSessionKind kind = kind();
        if (!TABLE.allowedActions(kind).contains(action)) {
            return Either.left(switch (kind) {
                case EXPIRED -> Rejection.of(AcquirerRejection.SESSION_EXPIRED, "checkout session " + id + " expired");
                case COMPLETED, CANCELED -> Rejection.of(AcquirerRejection.SESSION_ENDED,
                        "checkout session " + id + " is " + kind.name().toLowerCase(java.util.Locale.ROOT));
                case OPEN, PAYMENT_REGISTERED -> Rejection.of(CommonRejection.ACTION_NOT_ALLOWED,
                        action + " is not allowed while the checkout session is " + kind + "; allowed: "
                                + allowedActions().mkString(", "));
            });
        }
        if ((action == UPDATE || action == REGISTER_PAYMENT) && !now.isBefore(expiresAt)) {
            return Either.left(Rejection.of(AcquirerRejection.SESSION_EXPIRED,
                    "checkout session " + id + " expired at " + expiresAt));
        }
        return Either.right(this);
    }

    private Either<Rejection, Money> checkNewAmount(Option<Money> newAmount) {
        if (newAmount.isEmpty()) {
            return Either.right(amount);
        }
        Money given = newAmount.get();
        if (!given.sameCurrency(amount)) {
            return Either.left(Rejection.ofField(CommonRejection.CURRENCY_MISMATCH, "currency",
                    "a checkout session stays in " + amount.currency()));
        }
        return given.requirePositive("amount");
    }

    private Either<Rejection, List<LineItem>> checkNewLineItems(Option<List<LineItem>> newLineItems, Money total) {
        if (newLineItems.isDefined()) {
            return LineItem.checkSum(newLineItems.get(), total, "line_items").map(List::ofAll);
        }
        return LineItem.checkSum(lineItems, total, "line_items")
                .<List<LineItem>>map(List::ofAll)
                .mapLeft(mismatch -> Rejection.ofField(CommonRejection.LINE_ITEMS_DO_NOT_SUM_TO_TOTAL, "line_items",
                        "the session's line items sum to " + Money.sum(lineItems.map(LineItem::totalAmount),
                                amount.currency()).minorUnits() + " but the new amount is " + total.minorUnits()
                                + "; send line_items that sum to the new amount"));
    }

    private Transition<CheckoutSession> next(CheckoutSessionState nextState, DomainEvent event) {
        CheckoutSession next = new CheckoutSession(id, partner, journey, klarnaInstruction, amount, reference,
                lineItems, token, data, nextState, createdAt, expiresAt, version + 1, eventCount + 1);
        return Transition.of(next, event);
    }

    private static Either<Rejection, Option<String>> checkReference(Option<String> reference) {
        return reference.exists(text -> !isReference(text))
                ? Either.left(Rejection.ofField(CommonRejection.INVALID_FIELD, "reference",
                        "must have 1..255 characters"))
                : Either.right(reference);
    }

    private static boolean isReference(String text) {
        return !text.isBlank() && text.length() <= 255;
    }

    private static Either<Rejection, Duration> checkTtl(Duration ttl) {
        return ttl.compareTo(MIN_TTL) < 0 || ttl.compareTo(MAX_TTL) > 0
                ? Either.left(Rejection.ofField(CommonRejection.INVALID_TTL, "ttl",
                        "must be between " + MIN_TTL.toMinutes() + " minutes and " + MAX_TTL.toHours() + " hours"))
                : Either.right(ttl);
    }
}
