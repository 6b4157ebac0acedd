package dev.interop.klarna.domain.session;

import dev.interop.klarna.domain.KlarnaRejection;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.klarna.domain.session.CustomerSessionEvent.PaymentApproved;
import dev.interop.klarna.domain.session.CustomerSessionEvent.PaymentPrepared;
import dev.interop.klarna.domain.session.CustomerSessionEvent.Prequalified;
import dev.interop.klarna.domain.session.CustomerSessionEvent.SessionConsumed;
import dev.interop.klarna.domain.session.CustomerSessionEvent.SessionExpired;
import dev.interop.klarna.domain.session.CustomerSessionEvent.SessionStarted;
import dev.interop.klarna.domain.session.CustomerSessionEvent.SignedIn;
import dev.interop.klarna.domain.session.CustomerSessionEvent.TokenRotated;
import dev.interop.klarna.domain.session.CustomerSessionEvent.TouchPointAdded;
import dev.interop.shared.domain.DomainEvent;
import dev.interop.shared.domain.Money;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.domain.Transition;
import dev.interop.shared.domain.TransitionTable;
import dev.interop.shared.domain.Versioned;
import dev.interop.shared.token.TokenHash;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The Klarna-side customer session: one customer's journey through the Boost features, owned by one Partner (R1).
 * It holds what the journey has learned (an identity after Sign in with Klarna, a pre-qualification after On-site
 * messaging, a prepared payment after express checkout step one, an approval after a completed Payment Request),
 * the touch points it passed and every token issued for it, as hashes only (R2).
 *
 * <p>Invariants:
 * <ul>
 *   <li>at least one issued token, all hashes distinct; the last one is the current token;</li>
 *   <li>{@code expiresAt} is after {@code createdAt};</li>
 *   <li>{@code version >= 1} (the started session is version 1) and {@code eventCount >= version}, because every
 *       accepted command emits at least one event; each accepted command adds exactly one to the version and the
 *       number of its events to the event count;</li>
 *   <li>consumed and expired are final: every command on an ended session is rejected with
 *       {@link KlarnaRejection#SESSION_ENDED}, and a rejected command changes nothing (it returns no state);</li>
 *   <li>every transition the code takes is permitted by {@link #TABLE}.</li>
 * </ul>
 *
 * <p>Tokens (R3): a material change (pre-qualification, sign-in, prepared payment, approval) rotates the token: the
 * caller supplies the hash of a fresh token, which is appended. Earlier tokens keep resolving to the current state
 * until the session ends. A touch point is not material and does not rotate.
 *
 * <p>Time (R6, R16): commands take {@code now}. A session is due at {@code expiresAt} (default 24 h after start,
 * configurable); from then on every command but {@link #expire} is rejected with
 * {@link KlarnaRejection#SESSION_EXPIRED}, and {@code expire} is accepted only then. A token issued on approval is
 * valid until 60 minutes after completion.
 */
public record CustomerSession(
        CustomerSessionId id,
        PartnerAccountId partner,
        BoostFeature origin,
        Option<CustomerIdentity> identity,
        Option<PreQualification> preQualification,
        Option<PreparedPayment> preparedPayment,
        Option<Approval> approval,
        List<TouchPoint> touchPoints,
        List<IssuedToken> tokens,
        SessionLifecycle lifecycle,
        Instant createdAt,
        Instant expiresAt,
        long version,
        long eventCount) implements Versioned {

    /** A session's default lifetime (R6). */
    public static final Duration DEFAULT_TTL = Duration.ofHours(24);

    /** The longest lifetime a caller may configure. */
    public static final Duration MAX_TTL = Duration.ofDays(30);

    /**
     * The customer session machine as data: the contract every transition is checked against, the source of
     * {@link #allowedActions()} and of the generated diagram.
     */
    public static final TransitionTable<SessionKind, SessionAction> TABLE = table();

    public CustomerSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(preQualification, "preQualification");
        Objects.requireNonNull(preparedPayment, "preparedPayment");
        Objects.requireNonNull(approval, "approval");
        Objects.requireNonNull(touchPoints, "touchPoints");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("a session has at least one token");
        }
        if (tokens.map(IssuedToken::hash).distinct().size() != tokens.size()) {
            throw new IllegalArgumentException("a session's token hashes are distinct");
        }
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a session expires after it was created");
        }
        if (version < 1 || eventCount < version) {
            throw new IllegalArgumentException("a session has version >= 1 and at least one event per version");
        }
    }

    private static TransitionTable<SessionKind, SessionAction> table() {
        TransitionTable.Builder<SessionKind, SessionAction> builder = TransitionTable.builder("Customer session",
                SessionKind.class, SessionAction.class, SessionKind.SUPPORTED);
        for (SessionKind from : List.of(SessionKind.SUPPORTED, SessionKind.PREQUALIFIED)) {
            builder.on(from, SessionAction.PREQUALIFY, SessionKind.PREQUALIFIED, SessionKind.SUPPORTED)
                    .on(from, SessionAction.SIGN_IN, SessionKind.SIGNED_IN);
        }
        builder.on(SessionKind.SIGNED_IN, SessionAction.PREQUALIFY, SessionKind.SIGNED_IN)
                .on(SessionKind.SIGNED_IN, SessionAction.SIGN_IN, SessionKind.SIGNED_IN)
                .on(SessionKind.PREPARED, SessionAction.PREQUALIFY, SessionKind.PREPARED)
                .on(SessionKind.PREPARED, SessionAction.SIGN_IN, SessionKind.PREPARED);
        for (SessionKind from : List.of(SessionKind.SUPPORTED, SessionKind.PREQUALIFIED, SessionKind.SIGNED_IN,
                SessionKind.PREPARED)) {
            builder.on(from, SessionAction.PREPARE, SessionKind.PREPARED);
        }
        for (SessionKind from : List.of(SessionKind.SUPPORTED, SessionKind.PREQUALIFIED, SessionKind.SIGNED_IN,
                SessionKind.PREPARED, SessionKind.PENDING_CONFIRMATION)) {
            builder.on(from, SessionAction.APPROVE, SessionKind.PENDING_CONFIRMATION)
                    .on(from, SessionAction.TOUCH, from)
                    .on(from, SessionAction.CONSUME, SessionKind.CONSUMED)
                    .on(from, SessionAction.EXPIRE, SessionKind.EXPIRED);
        }
        return builder.finals(SessionKind.CONSUMED, SessionKind.EXPIRED).build();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Creation

    /** Starts a session with the {@linkplain #DEFAULT_TTL default lifetime}. */
    public static Either<Rejection, Transition<CustomerSession>> start(CustomerSessionId id, PartnerAccountId partner,
            BoostFeature origin, TokenHash firstTokenHash, Instant now) {
        return start(id, partner, origin, firstTokenHash, now, DEFAULT_TTL);
    }

    /**
     * Starts a session when a customer meets {@code origin}: version 1, kind {@link SessionKind#SUPPORTED}, one touch
     * point (the origin), one token (no validity end of its own), expiring at {@code now + ttl}. Emits
     * {@link SessionStarted}. Rejects a lifetime that is not positive or longer than {@link #MAX_TTL} with
     * {@link CommonRejection#INVALID_TTL}.
     */
    public static Either<Rejection, Transition<CustomerSession>> start(CustomerSessionId id, PartnerAccountId partner,
            BoostFeature origin, TokenHash firstTokenHash, Instant now, Duration ttl) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(firstTokenHash, "firstTokenHash");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(MAX_TTL) > 0) {
            return Either.left(Rejection.ofField(CommonRejection.INVALID_TTL, "ttl",
                    "a session lives longer than zero and at most " + MAX_TTL.toDays() + " days"));
        }
        Instant expiresAt = now.plus(ttl);
        CustomerSession session = new CustomerSession(id, partner, origin, Option.none(), Option.none(),
                Option.none(), Option.none(), List.of(new TouchPoint(origin, now)),
                List.of(new IssuedToken(firstTokenHash, now, Option.none())), new SessionLifecycle.Active(), now,
                expiresAt, 1, 1);
        return Either.right(Transition.of(session, new SessionStarted(id, now, partner, origin, expiresAt)));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Derived facts

    /** The machine's state kind: the lifecycle if ended, otherwise the most advanced fact (see {@link SessionKind}). */
    public SessionKind kind() {
        return switch (lifecycle.stage()) {
            case CONSUMED -> SessionKind.CONSUMED;
            case EXPIRED -> SessionKind.EXPIRED;
            case ACTIVE -> activeKind();
        };
    }

    private SessionKind activeKind() {
        if (approval.isDefined()) {
            return SessionKind.PENDING_CONFIRMATION;
        }
        if (preparedPayment.isDefined()) {
            return SessionKind.PREPARED;
        }
        if (identity.isDefined()) {
            return SessionKind.SIGNED_IN;
        }
        if (preQualification.exists(PreQualification::approved)) {
            return SessionKind.PREQUALIFIED;
        }
        return SessionKind.SUPPORTED;
    }

    /**
     * The interoperability status, fixed by {@link #kind()}: an approval gives {@code PAYMENT_PENDING_CONFIRMATION};
     * a prepared payment or a signed-in customer {@code PAYMENT_PREPARED}; otherwise {@code PAYMENT_SUPPORTED},
     * including a customer who was pre-qualified (purchase power depends on the amount, which the presentation
     * policy weighs) or who was not (Klarna is still offered; only preselection is withheld). An ended session
     * reports {@code PAYMENT_UNSUPPORTED}: it can no longer carry a payment. Market and currency support is not a
     * session fact; the presentation policy answers it.
     */
    public InteroperabilityStatus status() {
        return kind().status();
    }

    /** The commands the session accepts in its current kind, from {@link #TABLE}; empty once ended. */
    public Set<SessionAction> allowedActions() {
        return TABLE.allowedActions(kind());
    }

    public boolean isActive() {
        return lifecycle.stage() == SessionLifecycle.Stage.ACTIVE;
    }

    /** Whether the session's lifetime has run out at {@code now} ({@code now >= expiresAt}). */
    public boolean isDue(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** The token issued last; the one a caller should use from now on. */
    public IssuedToken currentToken() {
        return tokens.last();
    }

    /** The issued token with this hash, if the session issued it. */
    public Option<IssuedToken> token(TokenHash hash) {
        return tokens.find(token -> token.hash().equals(hash));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Token resolution (R1, R3, R5, R6)

    /**
     * Resolves a presented token for {@code caller} at {@code now}, in this order:
     * <ol>
     *   <li>the session never issued it: {@link KlarnaRejection#TOKEN_UNKNOWN};</li>
     *   <li>the session belongs to another Partner: {@link KlarnaRejection#TOKEN_OF_ANOTHER_PARTNER} (R1; nothing else
     *       about the session is revealed);</li>
     *   <li>the session was consumed: {@link KlarnaRejection#TOKEN_CONSUMED}, forever (R5);</li>
     *   <li>the session expired or is due: {@link KlarnaRejection#SESSION_EXPIRED} (R6);</li>
     *   <li>the presented token's own validity ended, or the current token's did (an earlier token resolves to the
     *       current state, so it cannot outlive the approval window of that state):
     *       {@link KlarnaRejection#TOKEN_EXPIRED} (R6);</li>
     *   <li>otherwise the session itself, in its current state, whichever of its tokens was presented (R3).</li>
     * </ol>
     */
    public Either<Rejection, CustomerSession> resolve(TokenHash presented, PartnerAccountId caller, Instant now) {
        Objects.requireNonNull(presented, "presented");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(now, "now");
        Option<IssuedToken> token = token(presented);
        if (token.isEmpty()) {
            return Rejection.reject(KlarnaRejection.TOKEN_UNKNOWN, "the token is not known");
        }
        if (!partner.equals(caller)) {
            return Rejection.reject(KlarnaRejection.TOKEN_OF_ANOTHER_PARTNER,
                    "the token belongs to a session of another partner");
        }
        return switch (lifecycle.stage()) {
            case CONSUMED -> Rejection.reject(KlarnaRejection.TOKEN_CONSUMED,
                    "the token was consumed by a payment transaction");
            case EXPIRED -> Rejection.reject(KlarnaRejection.SESSION_EXPIRED, "the customer session has expired");
            case ACTIVE -> resolveActive(token.get(), now);
        };
    }

    private Either<Rejection, CustomerSession> resolveActive(IssuedToken token, Instant now) {
        if (isDue(now)) {
            return Rejection.reject(KlarnaRejection.SESSION_EXPIRED, "the customer session expired at " + expiresAt);
        }
        if (!token.isValidAt(now) || !currentToken().isValidAt(now)) {
            return Rejection.reject(KlarnaRejection.TOKEN_EXPIRED,
                    "the token was valid for " + Approval.TOKEN_VALIDITY_MINUTES
                            + " minutes after the customer approved");
        }
        return Either.right(this);
    }

    /**
     * Resolves a token against the session a lookup by its hash found, if any: no session is
     * {@link KlarnaRejection#TOKEN_UNKNOWN}; otherwise as {@link #resolve(TokenHash, PartnerAccountId, Instant)}.
     */
    public static Either<Rejection, CustomerSession> resolve(Option<CustomerSession> found, TokenHash presented,
            PartnerAccountId caller, Instant now) {
        Objects.requireNonNull(found, "found");
        return found.isEmpty()
                ? Rejection.reject(KlarnaRejection.TOKEN_UNKNOWN, "the token is not known")
                : found.get().resolve(presented, caller, now);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Commands

    /**
     * On-site messaging answered: the result replaces any earlier one and the token rotates. Accepted while
     * {@code SUPPORTED}, {@code PREQUALIFIED}, {@code SIGNED_IN} or {@code PREPARED}; an approved payment is past
     * pre-qualification. Emits {@link Prequalified} and {@link TokenRotated}.
     */
    public Either<Rejection, Transition<CustomerSession>> prequalify(PreQualification result, TokenHash newTokenHash,
            Instant now) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(newTokenHash, "newTokenHash");
        Option<Rejection> refusal = refusal(SessionAction.PREQUALIFY, now);
        if (refusal.isDefined()) {
            return Either.left(refusal.get());
        }
        CustomerSession changed = withFacts(identity, Option.of(result), preparedPayment, approval);
        return Either.right(changed.rotated(newTokenHash, now, Option.none(),
                new Prequalified(id, now, result.approved(), result.purchasePower())));
    }

    /**
     * The customer signed in with Klarna: the identity replaces any earlier one and the token rotates. The
     * interoperability token serves a payment with the customer present, so the customer token must carry
     * {@link CustomerTokenScope#PAYMENT_CUSTOMER_PRESENT} ({@link KlarnaRejection#CUSTOMER_TOKEN_SCOPE_MISSING}
     * otherwise). Accepted while {@code SUPPORTED}, {@code PREQUALIFIED}, {@code SIGNED_IN} or {@code PREPARED}.
     * Emits {@link SignedIn} and {@link TokenRotated}.
     */
    public Either<Rejection, Transition<CustomerSession>> signIn(CustomerIdentity customer, TokenHash newTokenHash,
            Instant now) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(newTokenHash, "newTokenHash");
        Option<Rejection> refusal = refusal(SessionAction.SIGN_IN, now);
        if (refusal.isDefined()) {
            return Either.left(refusal.get());
        }
        if (!customer.hasScope(CustomerTokenScope.PAYMENT_CUSTOMER_PRESENT)) {
            return Either.left(Rejection.ofField(KlarnaRejection.CUSTOMER_TOKEN_SCOPE_MISSING, "scopes",
                    "the customer token needs the scope "
                            + CustomerTokenScope.PAYMENT_CUSTOMER_PRESENT.wireName()));
        }
        CustomerSession changed = withFacts(Option.of(customer), preQualification, preparedPayment, approval);
        return Either.right(changed.rotated(newTokenHash, now, Option.none(),
                new SignedIn(id, now, customer.customerTokenReference(), customer.scopes())));
    }

    /**
     * Express checkout step one prepared a payment: it replaces any earlier one and the token rotates. Accepted while
     * {@code SUPPORTED}, {@code PREQUALIFIED}, {@code SIGNED_IN} or {@code PREPARED}. Emits {@link PaymentPrepared}
     * and {@link TokenRotated}.
     */
    public Either<Rejection, Transition<CustomerSession>> prepare(PreparedPayment prepared, TokenHash newTokenHash,
            Instant now) {
        Objects.requireNonNull(prepared, "prepared");
        Objects.requireNonNull(newTokenHash, "newTokenHash");
        Option<Rejection> refusal = refusal(SessionAction.PREPARE, now);
        if (refusal.isDefined()) {
            return Either.left(refusal.get());
        }
        CustomerSession changed = withFacts(identity, preQualification, Option.of(prepared), approval);
        return Either.right(changed.rotated(newTokenHash, now, Option.none(),
                new PaymentPrepared(id, now, prepared.amount(), prepared.paymentRequestId())));
    }

    /**
     * A Payment Request completed at {@code completedAt}: the customer approved {@code approvedAmount}. The approval
     * replaces any earlier one (a new step-up after amount drift, R10) and a token valid for 60 minutes after
     * completion is issued (R6). Accepted in every active kind. Rejects a non-positive amount with
     * {@link CommonRejection#INVALID_AMOUNT} and a malformed request id with {@link CommonRejection#INVALID_FIELD}.
     * Emits {@link PaymentApproved} and {@link TokenRotated}.
     */
    public Either<Rejection, Transition<CustomerSession>> approve(Money approvedAmount, String paymentRequestId,
            TokenHash newTokenHash, Instant completedAt) {
        Objects.requireNonNull(approvedAmount, "approvedAmount");
        Objects.requireNonNull(newTokenHash, "newTokenHash");
        Option<Rejection> refusal = refusal(SessionAction.APPROVE, completedAt);
        if (refusal.isDefined()) {
            return Either.left(refusal.get());
        }
        if (!approvedAmount.isPositive()) {
            return Either.left(Rejection.ofField(CommonRejection.INVALID_AMOUNT, "amount", "must be positive"));
        }
        if (!References.isValid(paymentRequestId)) {
            return Either.left(Rejection.ofField(CommonRejection.INVALID_FIELD, "payment_request_id",
                    "must be 1..255 characters of [A-Za-z0-9._~:-]"));
        }
        Approval approved = new Approval(approvedAmount, paymentRequestId, completedAt);
        CustomerSession changed = withFacts(identity, preQualification, preparedPayment, Option.of(approved));
        return Either.right(changed.rotated(newTokenHash, completedAt, Option.of(approved.tokenValidUntil()),
                new PaymentApproved(id, completedAt, approvedAmount, paymentRequestId, approved.tokenValidUntil())));
    }

    /**
     * The customer met a Boost feature again; recorded as a touch point. Not material: the token does not rotate and
     * the kind does not change. Accepted in every active kind. Emits {@link TouchPointAdded}.
     */
    public Either<Rejection, Transition<CustomerSession>> touch(BoostFeature feature, Instant now) {
        Objects.requireNonNull(feature, "feature");
        Option<Rejection> refusal = refusal(SessionAction.TOUCH, now);
        if (refusal.isDefined()) {
            return Either.left(refusal.get());
        }
        CustomerSession changed = new CustomerSession(id, partner, origin, identity, preQualification,
                preparedPayment, approval, touchPoints.append(new TouchPoint(feature, now)), tokens, lifecycle,
                createdAt, expiresAt, version, eventCount);
        return Either.right(changed.emit(List.of(new TouchPointAdded(id, now, feature))));
    }

    /**
     * A payment transaction was created from the session (R5): every token of the session is consumed for good.
     * Accepted in every active kind while the current token is valid; after an approval's 60-minute window the
     * answer is {@link KlarnaRejection#TOKEN_EXPIRED} (R6). Emits {@link SessionConsumed}.
     */
    public Either<Rejection, Transition<CustomerSession>> consume(String transactionId, Instant now) {
        Option<Rejection> refusal = refusal(SessionAction.CONSUME, now);
        if (refusal.isDefined()) {
            return Either.left(refusal.get());
        }
        if (!References.isValid(transactionId)) {
            return Either.left(Rejection.ofField(CommonRejection.INVALID_FIELD, "transaction_id",
                    "must be 1..255 characters of [A-Za-z0-9._~:-]"));
        }
        if (!currentToken().isValidAt(now)) {
            return Rejection.reject(KlarnaRejection.TOKEN_EXPIRED,
                    "the approval's token expired " + Approval.TOKEN_VALIDITY_MINUTES + " minutes after completion");
        }
        CustomerSession changed = withLifecycle(new SessionLifecycle.Consumed(transactionId, now));
        return Either.right(changed.emit(List.of(new SessionConsumed(id, now, transactionId))));
    }

    /**
     * The session's lifetime ran out: accepted in every active kind, but only when due ({@code now >= expiresAt});
     * earlier it is {@link CommonRejection#ACTION_NOT_ALLOWED}. Emits {@link SessionExpired}.
     */
    public Either<Rejection, Transition<CustomerSession>> expire(Instant now) {
        Option<Rejection> refusal = refusal(SessionAction.EXPIRE, now);
        if (refusal.isDefined()) {
            return Either.left(refusal.get());
        }
        if (!isDue(now)) {
            return Rejection.reject(CommonRejection.ACTION_NOT_ALLOWED,
                    "the customer session is not due to expire before " + expiresAt);
        }
        CustomerSession changed = withLifecycle(new SessionLifecycle.Expired(now));
        return Either.right(changed.emit(List.of(new SessionExpired(id, now))));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Internals

    /** Why {@code action} cannot run now, if it cannot: the table, then the session's lifetime. */
    private Option<Rejection> refusal(SessionAction action, Instant now) {
        Objects.requireNonNull(now, "now");
        SessionKind kind = kind();
        if (!TABLE.allowedActions(kind).contains(action)) {
            return Option.of(switch (lifecycle.stage()) {
                case CONSUMED -> Rejection.of(KlarnaRejection.SESSION_ENDED,
                        "the customer session was consumed by a payment transaction");
                case EXPIRED -> Rejection.of(KlarnaRejection.SESSION_ENDED, "the customer session has expired");
                case ACTIVE -> Rejection.of(CommonRejection.ACTION_NOT_ALLOWED,
                        action + " is not allowed while the customer session is " + kind);
            });
        }
        if (action != SessionAction.EXPIRE && isDue(now)) {
            return Option.of(Rejection.of(KlarnaRejection.SESSION_EXPIRED,
                    "the customer session expired at " + expiresAt));
        }
        return Option.none();
    }

    private CustomerSession withFacts(Option<CustomerIdentity> newIdentity, Option<PreQualification> newPreQualification,
            Option<PreparedPayment> newPreparedPayment, Option<Approval> newApproval) {
        return new CustomerSession(id, partner, origin, newIdentity, newPreQualification, newPreparedPayment,
                newApproval, touchPoints, tokens, lifecycle, createdAt, expiresAt, version, eventCount);
    }

    private CustomerSession withLifecycle(SessionLifecycle newLifecycle) {
        return new CustomerSession(id, partner, origin, identity, preQualification, preparedPayment, approval,
                touchPoints, tokens, newLifecycle, createdAt, expiresAt, version, eventCount);
    }

    /**
     * Appends a fresh token and emits {@code change} followed by {@link TokenRotated}. The caller guarantees a fresh
     * hash (tokens carry at least 256 bits of randomness, R2); a hash the session already issued is a programming
     * error.
     */
    private Transition<CustomerSession> rotated(TokenHash newTokenHash, Instant now, Option<Instant> validUntil,
            CustomerSessionEvent change) {
        if (token(newTokenHash).isDefined()) {
            throw new IllegalArgumentException("the session already issued this token");
        }
        List<IssuedToken> newTokens = tokens.append(new IssuedToken(newTokenHash, now, validUntil));
        CustomerSession changed = new CustomerSession(id, partner, origin, identity, preQualification,
                preparedPayment, approval, touchPoints, newTokens, lifecycle, createdAt, expiresAt, version,
                eventCount);
        return changed.emit(List.of(change, new TokenRotated(id, now, newTokens.size(), validUntil)));
    }

    /** The accepted command's result: version + 1, event count + the events. */
    private Transition<CustomerSession> emit(List<CustomerSessionEvent> events) {
        CustomerSession next = new CustomerSession(id, partner, origin, identity, preQualification, preparedPayment,
                approval, touchPoints, tokens, lifecycle, createdAt, expiresAt, version + 1,
                eventCount + events.size());
        return new Transition<>(next, events.map(DomainEvent.class::cast));
    }
}
