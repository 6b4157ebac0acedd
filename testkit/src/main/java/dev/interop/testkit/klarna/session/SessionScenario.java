package dev.interop.testkit.klarna.session;

import dev.interop.shared.network.PartnerAccountId;
import dev.interop.klarna.domain.session.BoostFeature;
import dev.interop.klarna.domain.session.CustomerSession;
import dev.interop.klarna.domain.session.CustomerSessionId;
import dev.interop.shared.domain.Transition;
import dev.interop.shared.token.TokenHash;
import io.vavr.collection.List;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A generated journey: how a session starts and the commands that follow. Invariant: a positive lifetime of at most
 * {@link CustomerSession#MAX_TTL}. {@link #tokenHash(int)} gives the n-th token of the run, unique per scenario.
 */
public record SessionScenario(CustomerSessionId id, PartnerAccountId partner, BoostFeature origin, Instant startedAt,
        Duration ttl, List<SessionCommand> commands) {

    public SessionScenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(ttl, "ttl");
        Objects.requireNonNull(commands, "commands");
        if (ttl.isZero() || ttl.isNegative() || ttl.compareTo(CustomerSession.MAX_TTL) > 0) {
            throw new IllegalArgumentException("a scenario's lifetime is positive and at most 30 days");
        }
    }

    /** The hash of the scenario's {@code n}-th token (1 is the first). */
    public TokenHash tokenHash(int n) {
        return TokenHash.of(id.value() + "#token-" + n);
    }

    /** The session right after its start. */
    public Transition<CustomerSession> start() {
        return CustomerSession.start(id, partner, origin, tokenHash(1), startedAt, ttl)
                .getOrElseThrow(rejection -> new IllegalStateException(rejection.detail()));
    }

    /** Plays the scenario, skipping rejected commands: a session in a reachable state. */
    public CustomerSession play() {
        CustomerSession session = start().next();
        Instant now = startedAt;
        for (SessionCommand command : commands) {
            now = now.plus(command.advance());
            CustomerSession before = session;
            session = command.applyTo(before, now, tokenHash(before.tokens().size() + 1))
                    .map(Transition::next).getOrElse(before);
        }
        return session;
    }
}
