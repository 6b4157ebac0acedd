package dev.interop.klarna.application.service;

import dev.interop.shared.application.service.EventRecorder;

import dev.interop.shared.application.port.UseCaseError;
import dev.interop.klarna.application.port.out.CustomerSessionRepository;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.klarna.domain.session.BoostFeature;
import dev.interop.klarna.domain.session.CustomerSession;
import dev.interop.klarna.domain.session.CustomerSessionId;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.domain.Transition;
import dev.interop.shared.token.InteroperabilityToken;
import dev.interop.shared.token.TokenHash;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** Customer sessions as the use cases handle them: start, resolve a token, and commit a transition. */
final class KlarnaSessions {

    static final String AGGREGATE = "customer_session";

    private final CustomerSessionRepository sessions;
    private final EventRecorder events;

    KlarnaSessions(CustomerSessionRepository sessions, EventRecorder events) {
        this.sessions = Objects.requireNonNull(sessions);
        this.events = Objects.requireNonNull(events);
    }

    /**
     * Starts and stores a session. Its first token is never handed out: every journey that gives the Partner a token
     * rotates it at once (R3), and a session Klarna starts for its own purposes (a step-up) has no holder yet.
     */
    Either<UseCaseError, CustomerSession> start(CustomerSessionId id, PartnerAccountId partner, BoostFeature origin,
            TokenHash firstTokenHash, Instant now, Duration ttl) {
        return commit(CustomerSession.start(id, partner, origin, firstTokenHash, now, ttl));
    }

    /** R1, R3, R5, R6: the session a presented token resolves to for {@code partner}, or the refusal. */
    Either<UseCaseError, CustomerSession> resolve(InteroperabilityToken token, PartnerAccountId partner, Instant now) {
        TokenHash hash = token.hash();
        return KlarnaSupport.lift(CustomerSession.resolve(sessions.findByTokenHash(hash), hash, partner, now));
    }

    /** Stores an accepted transition (optimistically, R14) and appends its events (R15); a refusal is Rejected. */
    Either<UseCaseError, CustomerSession> commit(Either<Rejection, Transition<CustomerSession>> change) {
        return KlarnaSupport.lift(change).map(transition -> {
            CustomerSession next = transition.next();
            sessions.save(next);
            return events.record(AGGREGATE, next.id().value(), transition);
        });
    }
}
