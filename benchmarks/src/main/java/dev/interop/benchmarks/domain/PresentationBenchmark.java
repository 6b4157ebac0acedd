package dev.interop.benchmarks.domain;

import dev.interop.klarna.domain.presentation.PresentationRule;
import static dev.interop.benchmarks.domain.DomainFixtures.SERVER_SIDE;
import static dev.interop.benchmarks.domain.DomainFixtures.T0;
import static dev.interop.benchmarks.domain.DomainFixtures.eur;
import static dev.interop.benchmarks.domain.DomainFixtures.hash;
import static dev.interop.benchmarks.domain.DomainFixtures.next;

import dev.interop.klarna.domain.presentation.Market;
import dev.interop.acquirer.domain.presentation.Presentation;
import dev.interop.acquirer.domain.presentation.PresentationPolicy;
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
import io.vavr.control.Option;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * R4, the presentation decision: {@link PresentationPolicy#present} for a checkout of 120.00 EUR in the default
 * market, for each kind of customer session the presented token can resolve to ({@code NONE}: no token at all).
 * {@link #resolveAndPresent()} adds the token resolution (R1, R3, R5, R6) that precedes it in the application.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PresentationBenchmark {

    /** The customer session's kind, or {@code NONE} for a request without a token. */
    @Param({"NONE", "SUPPORTED", "PREQUALIFIED", "SIGNED_IN", "PREPARED"})
    public String session;

    private final PresentationPolicy policy = PresentationPolicy.withDefaultMethods();
    private final Money amount = eur(12_000);
    private Option<CustomerSession> resolved;
    private TokenHash currentToken;

    @Setup
    public void prepare() {
        CustomerSession started = next(CustomerSession.start(CustomerSessionId.of("1b4e28ba-2fa1-11d2-883f-0016d3cca427"),
                SERVER_SIDE.klarnaAccountId(), BoostFeature.ON_SITE_MESSAGING, hash(1), T0));
        currentToken = hash(2);
        CustomerSession chosen = switch (session) {
            case "NONE", "SUPPORTED" -> started;
            case "PREQUALIFIED" -> next(started.prequalify(PreQualification.approved(eur(500_000)), currentToken,
                    T0));
            case "SIGNED_IN" -> next(started.signIn(new CustomerIdentity("ada@example.com", Option.some("Ada"),
                    Option.some("Lovelace"), "ctr-42", TokenHash.of("customer-token-42"),
                    HashSet.of(CustomerTokenScope.PAYMENT_CUSTOMER_PRESENT, CustomerTokenScope.CUSTOMER_LOGIN)),
                    currentToken, T0));
            case "PREPARED" -> next(started.prepare(new PreparedPayment(amount,
                    "krn:payment:eu1:request:7d0c2f0e-5a1b-4c8e-9f0e-2b3c4d5e6f70"), currentToken, T0));
            default -> throw new IllegalArgumentException("unknown session kind " + session);
        };
        if (session.equals("SUPPORTED")) {
            currentToken = hash(1);
        }
        resolved = session.equals("NONE") ? Option.none() : Option.some(chosen);
        if (resolved.isDefined() && resolved.get().resolve(currentToken, SERVER_SIDE.klarnaAccountId(), T0.plusSeconds(60))
                .isLeft()) {
            throw new IllegalStateException("the fixture's token does not resolve");
        }
    }

    /** The decision and the arranged methods for an already resolved session. */
    @Benchmark
    public Presentation present() {
        return policy.arrange(PresentationRule.instruct(resolved, amount, Market.DEFAULT), false);
    }

    /** Token resolution against the session, then the decision: what the presentation endpoint does in memory. */
    @Benchmark
    public Presentation resolveAndPresent() {
        Option<CustomerSession> session = resolved.flatMap(found -> found.resolve(currentToken, SERVER_SIDE.klarnaAccountId(),
                T0.plusSeconds(60)).toOption());
        return policy.arrange(PresentationRule.instruct(session, amount, Market.DEFAULT), false);
    }
}
