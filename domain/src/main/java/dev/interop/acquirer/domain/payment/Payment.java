package dev.interop.acquirer.domain.payment;

import static dev.interop.acquirer.domain.payment.PaymentAction.COMPLETE_STEP_UP;
import static dev.interop.acquirer.domain.payment.PaymentAction.FAIL_STEP_UP;
import static dev.interop.acquirer.domain.payment.PaymentAction.RECORD_ERRORED;
import static dev.interop.acquirer.domain.payment.PaymentAction.RECORD_PENDING;
import static dev.interop.acquirer.domain.payment.PaymentAction.RECORD_REJECTED;
import static dev.interop.acquirer.domain.payment.PaymentAction.RECORD_SUCCEEDED;
import static dev.interop.acquirer.domain.payment.PaymentAction.RETRY;

import dev.interop.acquirer.domain.AcquirerRejection;
import dev.interop.acquirer.domain.checkout.CheckoutSession;
import dev.interop.acquirer.domain.checkout.CheckoutSessionId;
import dev.interop.acquirer.domain.journey.JourneyKind;
import dev.interop.acquirer.domain.journey.Journeys;
import dev.interop.acquirer.domain.partner.PartnerId;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.domain.DomainEvent;
import dev.interop.shared.domain.Money;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.domain.Transition;
import dev.interop.shared.domain.TransitionTable;
import dev.interop.shared.domain.Versioned;
import dev.interop.shared.token.InteroperabilityData;
import dev.interop.acquirer.domain.token.SealedToken;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A payment at the Acquiring Partner ({@code /v1/payments}), submitted by a Partner or registered for finalization
 * after a review screen, and authorized by Klarna.
 *
 * <p>Invariants:
 * <ul>
 *   <li>the amount is positive (R12) and the reference has 1..255 characters;</li>
 *   <li>an approved amount, when known, is in the payment's currency;</li>
 *   <li>a payment registered for finalization carries a token; in the multi-step express journey it also names the
 *       checkout session created before the review screen (R9);</li>
 *   <li>{@code reapprovalRequired} holds only when the amount exceeds the approved amount (R10) and a step-up return
 *       URL was given; such a payment is never authorized without the customer approving again;</li>
 *   <li>{@code version >= 1}, {@code eventCount >= version}; every state change is an edge of {@link #TABLE} and a
 *       final state never changes again.</li>
 * </ul>
 */
public record Payment(PaymentId id, PartnerId partner, Money amount, String reference,
        Option<CheckoutSessionId> checkoutSessionId, JourneyKind journey, boolean finalization,
        Option<SealedToken> token, Option<InteroperabilityData> data, Option<Money> approvedAmount,
        boolean reapprovalRequired, Option<String> stepUpReturnUrl, PaymentState state, Instant createdAt,
        long version, long eventCount) implements Versioned {

    /**
     * The payment machine: states follow the classes of the remote call's outcome. AUTHORIZING is committed before
     * Klarna is called (R17, R19); ERRORED (outcome unknown) goes back to AUTHORIZING when the reconciler asks Klarna
     * again with the same idempotency key; a completed step-up goes back to AUTHORIZING for the final authorization.
     */
    public static final TransitionTable<PaymentKind, PaymentAction> TABLE =
            TransitionTable.builder("Payment", PaymentKind.class, PaymentAction.class, PaymentKind.AUTHORIZING)
                    .on(PaymentKind.AUTHORIZING, RECORD_SUCCEEDED, PaymentKind.AUTHORIZED)
                    .on(PaymentKind.AUTHORIZING, RECORD_REJECTED, PaymentKind.DECLINED)
                    .on(PaymentKind.AUTHORIZING, RECORD_PENDING, PaymentKind.REQUIRES_CUSTOMER_ACTION)
                    .on(PaymentKind.AUTHORIZING, RECORD_ERRORED, PaymentKind.ERRORED)
                    .on(PaymentKind.REQUIRES_CUSTOMER_ACTION, COMPLETE_STEP_UP, PaymentKind.AUTHORIZING)
                    .on(PaymentKind.REQUIRES_CUSTOMER_ACTION, FAIL_STEP_UP, PaymentKind.DECLINED)
                    .on(PaymentKind.ERRORED, RETRY, PaymentKind.AUTHORIZING)
                    .finals(PaymentKind.AUTHORIZED, PaymentKind.DECLINED)
                    .build();

    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(checkoutSessionId, "checkoutSessionId");
        Objects.requireNonNull(journey, "journey");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(approvedAmount, "approvedAmount");
        Objects.requireNonNull(stepUpReturnUrl, "stepUpReturnUrl");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a payment amount is positive");
        }
        if (!isReference(reference)) {
            throw new IllegalArgumentException("a payment reference has 1..255 characters");
        }
        if (approvedAmount.exists(approved -> !approved.sameCurrency(amount))) {
            throw new IllegalArgumentException("the approved amount is in the payment's currency");
        }
        if (finalization && token.isEmpty()) {
            throw new IllegalArgumentException("a payment registered for finalization carries a token");
        }
        if (finalization && journey == JourneyKind.EXPRESS_CHECKOUT_MULTI_STEP && checkoutSessionId.isEmpty()) {
            throw new IllegalArgumentException("a multi-step finalization names its checkout session (R9)");
        }
        if (reapprovalRequired && (stepUpReturnUrl.isEmpty()
                || !approvedAmount.exists(approved -> amount.greaterThan(approved)))) {
            throw new IllegalArgumentException("re-approval is required only above the approved amount, with step-up");
        }
        if (version < 1 || eventCount < version) {
            throw new IllegalArgumentException("version >= 1 and eventCount >= version");
        }
    }

    /**
     * A Partner submits a payment ({@code finalization == false}). The checks, in order: a positive amount
     * ({@code INVALID_AMOUNT}), a reference of 1..255 characters and an absolute http(s) step-up return URL
     * ({@code INVALID_FIELD}), an approved amount in the payment's currency ({@code CURRENCY_MISMATCH}), R8
     * ({@code ONE_STEP_EXPRESS_NOT_AVAILABLE}) and, when a checkout session is named, that it belongs to the same
     * Partner ({@code CHECKOUT_SESSION_OF_ANOTHER_PARTNER}), is in the same currency ({@code CURRENCY_MISMATCH}) and
     * accepts a payment now ({@code SESSION_EXPIRED}, {@code SESSION_ENDED}, {@code ACTION_NOT_ALLOWED}).
     *
     * <p>Without a token of its own, the payment takes the checkout session's token, data and journey. The new
     * payment is {@link PaymentKind#AUTHORIZING} version 1, with one {@link PaymentEvent.Submitted}.
     */
    public static Either<Rejection, Transition<Payment>> submit(PaymentId id, PaymentOrder order,
            Option<CheckoutSession> checkoutSession, Instant now) {
        return create(id, order, checkoutSession, false, AmountDrift.DEFAULT_TOLERANCE, now);
    }

    /** {@link #registerForFinalization(PaymentId, PaymentOrder, Option, long, Instant)} with a zero tolerance. */
    public static Either<Rejection, Transition<Payment>> registerForFinalization(PaymentId id, PaymentOrder order,
            Option<CheckoutSession> checkoutSession, Instant now) {
        return create(id, order, checkoutSession, true, AmountDrift.DEFAULT_TOLERANCE, now);
    }

    /**
     * A Partner registers a payment requesting finalization (after the review screen). On top of the checks of
     * {@link #submit}:
     * <ul>
     *   <li>R9: in the multi-step express journey, the checkout session created before the review screen must be
     *       named ({@code FINALIZATION_REQUIRES_CHECKOUT_SESSION}) and must carry the token
     *       ({@code FINALIZATION_REQUIRES_TOKEN}); in any journey, finalization needs a token, in the order or in its
     *       checkout session ({@code FINALIZATION_REQUIRES_TOKEN});</li>
     *   <li>R10: when Klarna told the approved amount, an amount above {@code approved + tolerance} requires the
     *       customer to approve again: the payment is marked {@link #reapprovalRequired()} and will not accept a
     *       silent approval; without a step-up return URL the customer cannot approve again, so the registration is
     *       rejected ({@code AMOUNT_EXCEEDS_APPROVED}). An equal or lower amount is finalized as is.</li>
     * </ul>
     */
    public static Either<Rejection, Transition<Payment>> registerForFinalization(PaymentId id, PaymentOrder order,
            Option<CheckoutSession> checkoutSession, long tolerance, Instant now) {
        if (tolerance < 0) {
            throw new IllegalArgumentException("a tolerance is never negative");
        }
        return create(id, order, checkoutSession, true, tolerance, now);
    }

    public PaymentKind kind() {
        return state.kind();
    }

    /** The commands the current state accepts, from {@link #TABLE}. */
    public Set<PaymentAction> allowedActions() {
        return TABLE.allowedActions(kind());
    }

    public boolean isFinal() {
        return TABLE.isFinal(kind());
    }

    /** Whether the Partner allowed a step-up (the customer is present and can be sent to Klarna). */
    public boolean stepUpAllowed() {
        return stepUpReturnUrl.isDefined() && finalizing().isEmpty();
    }

    /** Klarna's payment transaction id, once authorized. */
    public Option<String> klarnaTransactionId() {
        return state instanceof PaymentState.Authorized authorized ? Option.some(authorized.klarnaTransactionId())
                : Option.none();
    }

    /**
     * Records the classified outcome of the call to Klarna: {@code Succeeded} → {@link PaymentKind#AUTHORIZED},
     * {@code Rejected} → {@link PaymentKind#DECLINED}, {@code Pending} → {@link PaymentKind#REQUIRES_CUSTOMER_ACTION},
     * {@code Errored} → {@link PaymentKind#ERRORED}; only where {@link #TABLE} allows it ({@code ACTION_NOT_ALLOWED}).
     * R10: a {@code Succeeded} for a payment that requires re-approval is refused with
     * {@code AMOUNT_EXCEEDS_APPROVED}: the customer must approve the higher amount through a step-up first.
     */
    public Either<Rejection, Transition<Payment>> record(RemoteOutcome outcome, Instant now) {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(now, "now");
        return require(outcome.action()).flatMap(allowed -> {
            if (outcome instanceof RemoteOutcome.Succeeded succeeded) {
                if (reapprovalRequired) {
                    return Either.left(Rejection.of(AcquirerRejection.AMOUNT_EXCEEDS_APPROVED, "payment " + id
                            + " of " + amount + " exceeds the " + approvedAmount.get() + " the customer approved; "
                            + "Klarna must step the customer up, a silent approval is refused (R10)"));
                }
                return Either.right(next(new PaymentState.Authorized(succeeded.transactionId(), now),
                        new PaymentEvent.Authorized(id, succeeded.transactionId(), now)));
            }
            if (outcome instanceof RemoteOutcome.Rejected rejected) {
                return Either.right(next(new PaymentState.Declined(rejected.reason(), now),
                        new PaymentEvent.Declined(id, rejected.reason(), now)));
            }
            if (outcome instanceof RemoteOutcome.Pending pending) {
                return Either.right(next(
                        new PaymentState.RequiresCustomerAction(pending.paymentRequestId(), pending.url(), now),
                        new PaymentEvent.CustomerActionRequired(id, pending.paymentRequestId(), now)));
            }
            RemoteOutcome.Errored errored = (RemoteOutcome.Errored) outcome;
            return Either.right(next(new PaymentState.Errored(errored.detail(), now, finalizing()),
                    new PaymentEvent.Errored(id, errored.detail(), now)));
        });
    }

    /**
     * The customer completed the step-up of Payment Request {@code paymentRequestId} and Klarna issued
     * {@code freshToken}: back to {@link PaymentKind#AUTHORIZING} for the final authorization with that token (kept
     * sealed, so a reconciler can send it again), emitting {@code payment.step_up_completed}; {@link #record} then
     * settles it. The customer approved this amount in the step-up, so no re-approval is required any more (R10). Only while {@link PaymentKind#REQUIRES_CUSTOMER_ACTION}.
     */
    public Either<Rejection, Transition<Payment>> stepUpCompleted(String paymentRequestId, SealedToken freshToken,
            Instant now) {
        Objects.requireNonNull(paymentRequestId, "paymentRequestId");
        Objects.requireNonNull(freshToken, "freshToken");
        Objects.requireNonNull(now, "now");
        return require(COMPLETE_STEP_UP).map(allowed -> new Payment(id, partner, amount, reference,
                checkoutSessionId, journey, finalization, Option.some(freshToken), data, approvedAmount,
                false, stepUpReturnUrl, new PaymentState.Authorizing(now, Option.some(paymentRequestId)),
                createdAt, version + 1, eventCount + 1))
                .map(next -> Transition.of(next, new PaymentEvent.StepUpCompleted(id, now)));
    }

    /** The Payment Request whose completion this payment is being finally authorized for, if it is. */
    public Option<String> finalizing() {
        if (state instanceof PaymentState.Authorizing authorizing) {
            return authorizing.finalizing();
        }
        return state instanceof PaymentState.Errored errored ? errored.finalizing() : Option.none();
    }

    /**
     * The idempotency key of the authorization this payment is making (R17): the payment id for the first one, the
     * payment id and the Payment Request for the final authorization after a step-up. The same on every retry.
     */
    public String authorizationKey() {
        return finalizing().map(request -> id.value() + ":" + request).getOrElse(id.value());
    }

    /**
     * The step-up ended without authorization ({@code reason}: declined, canceled, expired):
     * {@link PaymentKind#DECLINED}, emitting {@code payment.step_up_failed} then {@code payment.declined}. Only while
     * {@link PaymentKind#REQUIRES_CUSTOMER_ACTION}.
     */
    public Either<Rejection, Transition<Payment>> stepUpFailed(String reason, Instant now) {
        Objects.requireNonNull(now, "now");
        return require(FAIL_STEP_UP).map(allowed -> next(new PaymentState.Declined(reason, now),
                new PaymentEvent.StepUpFailed(id, reason, now), new PaymentEvent.Declined(id, reason, now)));
    }

    /**
     * After an unknown outcome, authorize again with the same idempotency key ({@link #authorizationKey}): back to
     * {@link PaymentKind#AUTHORIZING}, still finalizing the same Payment Request if it was.
     */
    public Either<Rejection, Transition<Payment>> retry(Instant now) {
        Objects.requireNonNull(now, "now");
        return require(RETRY).map(allowed -> next(new PaymentState.Authorizing(now, finalizing()),
                new PaymentEvent.Retried(id, now)));
    }

    private Either<Rejection, Payment> require(PaymentAction action) {
        if (TABLE.allowedActions(kind()).contains(action)) {
            return Either.right(this);
        }
        return Either.left(Rejection.of(CommonRejection.ACTION_NOT_ALLOWED, isFinal()
                ? "payment " + id + " is " + kind().name().toLowerCase(Locale.ROOT) + " and final; it accepts no "
                        + action
                : action + " is not allowed while payment " + id + " is " + kind() + "; allowed: "
                        + allowedActions().mkString(", ")));
    }

    private Transition<Payment> next(PaymentState nextState, DomainEvent first, DomainEvent... more) {
        Payment next = new Payment(id, partner, amount, reference, checkoutSessionId, journey, finalization, token,
                data, approvedAmount, reapprovalRequired, stepUpReturnUrl, nextState, createdAt, version + 1,
                eventCount + 1 + more.length);
        return Transition.of(next, first, more);
    }

    private static Either<Rejection, Transition<Payment>> create(PaymentId id, PaymentOrder order,
            Option<CheckoutSession> checkoutSession, boolean finalization, long tolerance, Instant now) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(checkoutSession, "checkoutSession");
        Objects.requireNonNull(now, "now");
        JourneyKind journey = order.token().isEmpty() && checkoutSession.isDefined()
                ? checkoutSession.get().journey() : order.journey();
        Option<SealedToken> token = order.token().orElse(checkoutSession.flatMap(CheckoutSession::token));
        Option<InteroperabilityData> data = order.data().orElse(checkoutSession.flatMap(CheckoutSession::data));
        return order.amount().requirePositive("amount")
                .flatMap(valid -> checkReference(order.reference()))
                .flatMap(valid -> checkReturnUrl(order.stepUpReturnUrl()))
                .flatMap(valid -> checkApprovedCurrency(order))
                .flatMap(valid -> Journeys.requireAvailable(journey, order.partner()))
                .flatMap(valid -> finalization && journey == JourneyKind.EXPRESS_CHECKOUT_MULTI_STEP
                        && checkoutSession.isEmpty()
                        ? Either.left(Rejection.ofField(AcquirerRejection.FINALIZATION_REQUIRES_CHECKOUT_SESSION,
                                "checkout_session_id", "registering a multi-step express checkout payment for "
                                        + "finalization needs the checkout session created before the review "
                                        + "screen with the interoperability token (R9)"))
                        : Either.right(valid))
                .flatMap(valid -> checkoutSession.isEmpty() ? Either.right(valid)
                        : checkSession(checkoutSession.get(), order, now))
                .flatMap(valid -> finalization && journey == JourneyKind.EXPRESS_CHECKOUT_MULTI_STEP
                        && checkoutSession.get().token().isEmpty()
                        ? Either.left(Rejection.ofField(AcquirerRejection.FINALIZATION_REQUIRES_TOKEN,
                                "checkout_session_id", "checkout session " + checkoutSession.get().id()
                                        + " was created without an interoperability token; a multi-step express "
                                        + "checkout finalization needs the session created before the review screen "
                                        + "with the token (R9)"))
                        : Either.right(valid))
                .flatMap(valid -> finalization && token.isEmpty()
                        ? Either.left(Rejection.of(AcquirerRejection.FINALIZATION_REQUIRES_TOKEN,
                                "finalization needs an interoperability token, in the request or in its checkout "
                                        + "session"))
                        : Either.right(valid))
                .flatMap(valid -> finalization ? reapproval(order, tolerance) : Either.right(false))
                .map(reapprovalRequired -> {
                    Option<CheckoutSessionId> sessionId = checkoutSession.map(CheckoutSession::id);
                    Payment payment = new Payment(id, order.partner().id(), order.amount(), order.reference(),
                            sessionId, journey, finalization, token, data, order.approvedAmount(), reapprovalRequired,
                            order.stepUpReturnUrl(), new PaymentState.Authorizing(now), now, 1, 1);
                    return Transition.of(payment, new PaymentEvent.Submitted(id, order.partner().id(),
                            order.amount(), journey, finalization, sessionId, token.isDefined(), data.isDefined(),
                            order.approvedAmount(), reapprovalRequired, now));
                });
    }

    /** R10 for a finalization: whether the customer must approve again, or why the registration cannot go on. */
    private static Either<Rejection, Boolean> reapproval(PaymentOrder order, long tolerance) {
        if (order.approvedAmount().isEmpty()) {
            return Either.right(false);
        }
        AmountDrift drift = AmountDrift.of(order.approvedAmount().get(), tolerance);
        return drift.assess(order.amount()).flatMap(verdict -> {
            if (verdict == AmountDrift.Verdict.WITHIN_APPROVAL) {
                return Either.right(false);
            }
            if (order.stepUpReturnUrl().isEmpty()) {
                return Either.left(Rejection.ofField(AcquirerRejection.AMOUNT_EXCEEDS_APPROVED, "amount",
                        "the amount " + order.amount() + " exceeds the " + drift.approved()
                                + " the customer approved with Klarna (tolerance " + tolerance + "); the customer "
                                + "must approve again, so send step_up.return_url (R10)"));
            }
            return Either.right(true);
        });
    }

    private static Either<Rejection, CheckoutSession> checkSession(CheckoutSession session, PaymentOrder order,
            Instant now) {
        if (!session.partner().equals(order.partner().id())) {
            return Either.left(Rejection.ofField(AcquirerRejection.CHECKOUT_SESSION_OF_ANOTHER_PARTNER,
                    "checkout_session_id", "checkout session " + session.id() + " belongs to another partner"));
        }
        if (!session.amount().sameCurrency(order.amount())) {
            return Either.left(Rejection.ofField(CommonRejection.CURRENCY_MISMATCH, "currency",
                    "checkout session " + session.id() + " is in " + session.amount().currency()));
        }
        return session.acceptsPaymentAt(now);
    }

    private static Either<Rejection, Money> checkApprovedCurrency(PaymentOrder order) {
        return order.approvedAmount().exists(approved -> !approved.sameCurrency(order.amount()))
                ? Either.left(Rejection.ofField(CommonRejection.CURRENCY_MISMATCH, "currency",
                        "the customer approved an amount in " + order.approvedAmount().get().currency()))
                : Either.right(order.amount());
    }

    private static Either<Rejection, String> checkReference(String reference) {
        return isReference(reference) ? Either.right(reference)
                : Either.left(Rejection.ofField(CommonRejection.INVALID_FIELD, "reference",
                        "must have 1..255 characters"));
    }

    private static boolean isReference(String reference) {
        return reference != null && !reference.isBlank() && reference.length() <= 255;
    }

    private static Either<Rejection, Option<String>> checkReturnUrl(Option<String> returnUrl) {
        return returnUrl.exists(url -> !isReturnUrl(url))
                ? Either.left(Rejection.ofField(CommonRejection.INVALID_FIELD, "step_up.return_url",
                        "must be an absolute http or https URL of at most 2048 characters"))
                : Either.right(returnUrl);
    }

    private static boolean isReturnUrl(String url) {
        if (url.isBlank() || url.length() > 2048) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            return uri.isAbsolute() && uri.getHost() != null
                    && ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme));
        } catch (URISyntaxException malformed) {
            return false;
        }
    }
}
