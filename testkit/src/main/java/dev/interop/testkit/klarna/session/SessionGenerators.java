package dev.interop.testkit.klarna.session;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.interop.shared.network.PartnerAccountId;
import dev.interop.klarna.domain.session.BoostFeature;
import dev.interop.klarna.domain.session.CustomerIdentity;
import dev.interop.klarna.domain.session.CustomerSession;
import dev.interop.klarna.domain.session.CustomerSessionId;
import dev.interop.klarna.domain.session.CustomerTokenScope;
import dev.interop.klarna.domain.session.PreQualification;
import dev.interop.klarna.domain.session.PreparedPayment;
import dev.interop.shared.domain.Money;
import dev.interop.shared.token.TokenHash;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the customer session. Every value they make satisfies its type's invariants;
 * sequences mix short and long pauses so that sessions and approval windows (60 minutes) expire in some runs.
 */
public final class SessionGenerators {

    /** Currencies amounts are drawn from. */
    public static final List<String> CURRENCIES = List.of("EUR", "SEK", "NOK", "GBP", "USD");

    /** Lifetimes a generated session may have: short enough to expire within a sequence, and the default. */
    public static final List<Duration> LIFETIMES = List.of(Duration.ofMinutes(30), Duration.ofHours(2),
            CustomerSession.DEFAULT_TTL);

    private static final Instant EARLIEST = Instant.parse("2020-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2030-01-01T00:00:00Z");

    private SessionGenerators() {
    }

    public static Gen<CustomerSessionId> sessionIds() {
        return longs().all().zip(longs().all(), (high, low) -> CustomerSessionId.of(new UUID(high, low).toString()));
    }

    public static Gen<PartnerAccountId> partnerIds() {
        return integers().between(1, 1_000).map(n -> PartnerAccountId.of("krn:partner:global:account:test:partner-" + n));
    }

    /** Hashes of arbitrary tokens; for several distinct tokens in one session use {@link SessionScenario}. */
    public static Gen<TokenHash> tokenHashes() {
        return longs().all().map(n -> TokenHash.of("token-" + n));
    }

    public static Gen<BoostFeature> features() {
        return Generate.enumValues(BoostFeature.class);
    }

    public static Gen<Instant> instants() {
        return longs().between(EARLIEST.getEpochSecond(), LATEST.getEpochSecond()).map(seconds -> Instant.ofEpochSecond(seconds));
    }

    public static Gen<Duration> lifetimes() {
        return Generate.pick(LIFETIMES.toJavaList());
    }

    /** Positive amounts in one of {@link #CURRENCIES}. */
    public static Gen<Money> amounts() {
        return longs().between(1, 1_000_000).zip(Generate.pick(CURRENCIES.toJavaList()), Money::of);
    }

    /** Identities; about one in five lacks the {@code payment:customer_present} scope a sign-in needs. */
    public static Gen<CustomerIdentity> identities() {
        Gen<Option<String>> names = Generate.pick(java.util.List.of("Ada", "Grace", "Linus", "Margaret"))
                .zip(Generate.booleans(), (name, present) -> present ? Option.of(name) : Option.<String>none());
        Gen<Set<CustomerTokenScope>> scopes = integers().between(0, 9)
                .zip(Generate.booleans(), Generate.booleans(), (present, notPresent, login) -> {
                    Set<CustomerTokenScope> chosen = HashSet.empty();
                    if (present < 8) {
                        chosen = chosen.add(CustomerTokenScope.PAYMENT_CUSTOMER_PRESENT);
                    }
                    if (notPresent) {
                        chosen = chosen.add(CustomerTokenScope.PAYMENT_CUSTOMER_NOT_PRESENT);
                    }
                    if (login || chosen.isEmpty()) {
                        chosen = chosen.add(CustomerTokenScope.CUSTOMER_LOGIN);
                    }
                    return chosen;
                });
        return integers().between(1, 100_000).zip(names, names, scopes, (n, given, family, granted) ->
                new CustomerIdentity("customer" + n + "@example.com", given, family, "ctr-" + n,
                        TokenHash.of("customer-token-" + n), granted));
    }

    /** Approved with a purchase power, approved without one, or not approved. */
    public static Gen<PreQualification> preQualifications() {
        return Generate.frequency(
                Pair.of(5, amounts().map(PreQualification::approved)),
                Pair.of(1, Generate.constant(new PreQualification(true, Option.none()))),
                Pair.of(3, Generate.constant(PreQualification.notApproved())));
    }

    public static Gen<String> paymentRequestIds() {
        return longs().all().zip(longs().all(),
                (high, low) -> "krn:payment:eu1:request:" + new UUID(high, low));
    }

    public static Gen<PreparedPayment> preparedPayments() {
        return amounts().zip(paymentRequestIds(), PreparedPayment::new);
    }

    /** Pauses between commands: mostly minutes, sometimes hours (past an approval window), rarely a day or more. */
    public static Gen<Duration> pauses() {
        return Generate.frequency(
                Pair.of(14, longs().between(0, 15 * 60).map(seconds -> Duration.ofSeconds(seconds))),
                Pair.of(4, longs().between(15 * 60, 2 * 3_600).map(seconds -> Duration.ofSeconds(seconds))),
                Pair.of(2, longs().between(3_600, 30 * 3_600).map(seconds -> Duration.ofSeconds(seconds))));
    }

    /** Any command, weighted so that most runs stay active for a while before they end. */
    public static Gen<SessionCommand> commands() {
        Gen<Duration> pause = pauses();
        return Generate.frequency(java.util.List.of(
                Pair.of(3, pause.zip(preQualifications(), SessionCommand.Prequalify::new)),
                Pair.of(3, pause.zip(identities(), SessionCommand.SignIn::new)),
                Pair.of(3, pause.zip(preparedPayments(), SessionCommand.Prepare::new)),
                Pair.of(3, pause.zip(amounts(), paymentRequestIds(), SessionCommand.Approve::new)),
                Pair.of(3, pause.zip(features(), SessionCommand.Touch::new)),
                Pair.of(1, pause.zip(longs().between(1, Long.MAX_VALUE),
                        (wait, n) -> new SessionCommand.Consume(wait, "tx-" + n))),
                Pair.of(2, pause.map(SessionCommand.Expire::new))));
    }

    /** Sequences of 0 to {@code maxLength} commands. */
    public static Gen<List<SessionCommand>> commandSequences(int maxLength) {
        return lists().of(commands()).ofSizeBetween(0, maxLength)
                .map(commands -> List.<SessionCommand>ofAll(commands));
    }

    /** A start (id, partner, origin, instant, lifetime) followed by up to {@code maxLength} commands. */
    public static Gen<SessionScenario> scenarios(int maxLength) {
        return sessionIds().zip(partnerIds(), features(), instants(), Start::new)
                .zip(lifetimes(), commandSequences(maxLength), (start, ttl, commands) -> new SessionScenario(
                        start.id(), start.partner(), start.origin(), start.at(), ttl, commands));
    }

    private record Start(CustomerSessionId id, PartnerAccountId partner, BoostFeature origin, Instant at) {
    }

    /** Sessions in random reachable states: a scenario of up to 25 commands played out, rejections skipped. */
    public static Gen<CustomerSession> sessions() {
        return scenarios(25).map(SessionScenario::play);
    }
}
