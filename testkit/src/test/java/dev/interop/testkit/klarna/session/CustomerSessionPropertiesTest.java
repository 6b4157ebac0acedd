package dev.interop.testkit.klarna.session;

import dev.interop.klarna.domain.KlarnaRejection;
import dev.interop.klarna.domain.presentation.PresentationRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.klarna.domain.presentation.Market;
import dev.interop.acquirer.domain.presentation.PaymentMethodType;
import dev.interop.acquirer.domain.presentation.PaymentMethodView;
import dev.interop.acquirer.domain.presentation.Presentation;
import dev.interop.shared.network.PresentationInstruction;
import dev.interop.acquirer.domain.presentation.PresentationPolicy;
import dev.interop.klarna.domain.session.Approval;
import dev.interop.klarna.domain.session.BoostFeature;
import dev.interop.klarna.domain.session.CustomerSession;
import dev.interop.klarna.domain.session.CustomerSessionEvent;
import dev.interop.klarna.domain.session.CustomerTokenScope;
import dev.interop.klarna.domain.session.IssuedToken;
import dev.interop.klarna.domain.session.PreQualification;
import dev.interop.klarna.domain.session.PreparedPayment;
import dev.interop.klarna.domain.session.SessionAction;
import dev.interop.klarna.domain.session.SessionKind;
import dev.interop.shared.domain.DomainEvent;
import dev.interop.shared.domain.Money;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.domain.RejectionCode;
import dev.interop.shared.domain.Transition;
import dev.interop.shared.domain.TransitionTable;
import dev.interop.shared.token.TokenHash;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Model-based properties of the customer session: generated command sequences run against the aggregate and against
 * a deliberately naive model written from DOMAIN.md; after every step the two must agree and the machine's
 * invariants must hold.
 */
class CustomerSessionPropertiesTest {

    private static final TransitionTable<SessionKind, SessionAction> TABLE = CustomerSession.TABLE;
    private static final PartnerAccountId STRANGER = PartnerAccountId.of("krn:partner:global:account:test:someone-else");
    private static final Duration A_YEAR = Duration.ofDays(365);

    @Test
    void every_generated_command_sequence_keeps_the_session_invariants_and_agrees_with_the_model() {
        Set<TransitionTable.Edge<SessionKind, SessionAction>> covered = new LinkedHashSet<>();

        qt().withExamples(1000).withShrinkCycles(100)
                .forAll(SessionGenerators.scenarios(30))
                .checkAssert(scenario -> run(scenario, covered));

        assertThat(covered).as("edges the generated sequences took")
                .containsExactlyInAnyOrderElementsOf(TABLE.edges());
    }

    @Test
    void generated_sessions_report_the_status_and_actions_of_their_kind() {
        qt().withExamples(300).forAll(SessionGenerators.sessions()).checkAssert(session -> {
            assertThat(session.status()).isEqualTo(session.kind().status());
            assertThat(session.allowedActions()).isEqualTo(TABLE.allowedActions(session.kind()));
            assertThat(session.allowedActions().isEmpty()).isEqualTo(session.kind().isEnded());
            assertThat(session.isActive()).isEqualTo(!session.kind().isEnded());
            assertThat(session.eventCount()).isGreaterThanOrEqualTo(session.version());
        });
    }

    @Test
    void the_presentation_follows_its_instruction_for_every_reachable_session() {
        PresentationPolicy policy = PresentationPolicy.withDefaultMethods();
        qt().withExamples(300)
                .forAll(SessionGenerators.sessions(), SessionGenerators.amounts(), SessionGenerators.amounts())
                .checkAssert((session, amount, other) -> {
                    Market market = Market.of(amount.currency().code());
                    Presentation presentation = policy.arrange(PresentationRule.instruct(Option.of(session), amount, market),
                            session.kind() == SessionKind.SIGNED_IN);
                    List<PaymentMethodType> types = presentation.methods().map(PaymentMethodView::type);
                    PresentationInstruction expected = switch (session.kind()) {
                        case PREPARED, PENDING_CONFIRMATION -> PresentationInstruction.SHOW_ONLY_KLARNA;
                        case SIGNED_IN -> PresentationInstruction.PRESELECT_KLARNA;
                        case PREQUALIFIED -> session.preQualification().get().covers(amount)
                                ? PresentationInstruction.PRESELECT_KLARNA : PresentationInstruction.SHOW_KLARNA;
                        case SUPPORTED, CONSUMED, EXPIRED -> PresentationInstruction.SHOW_KLARNA;
                    };
                    assertThat(presentation.instruction()).isEqualTo(expected);
                    assertThat(types.count(PaymentMethodType.KLARNA::equals)).isEqualTo(1);
                    assertThat(presentation.preselected().isDefined())
                            .isEqualTo(expected != PresentationInstruction.SHOW_KLARNA);
                    boolean otherServed = other.currency().equals(amount.currency());
                    assertThat(PresentationRule.instruct(Option.of(session), other, market) == PresentationInstruction.HIDE_KLARNA)
                            .isEqualTo(!otherServed);
                });
    }

    // -----------------------------------------------------------------------------------------------------------

    private static void run(SessionScenario scenario, Set<TransitionTable.Edge<SessionKind, SessionAction>> covered) {
        Transition<CustomerSession> start = scenario.start();
        CustomerSession session = start.next();
        Model model = new Model(scenario);
        assertThat(session.kind()).isEqualTo(TABLE.initial());
        assertThat(session.version()).isEqualTo(1);
        assertThat(session.eventCount()).isEqualTo(start.events().size()).isEqualTo(1);
        long lastSequence = session.eventCount();
        Instant now = scenario.startedAt();
        boolean absorptionChecked = false;

        for (SessionCommand command : scenario.commands()) {
            now = now.plus(command.advance());
            CustomerSession before = session;
            SessionKind kindBefore = before.kind();
            TokenHash fresh = scenario.tokenHash(before.tokens().size() + 1);
            Either<RejectionCode, Integer> expected = model.expect(command, now);
            Either<Rejection, Transition<CustomerSession>> result = command.applyTo(before, now, fresh);

            if (result.isLeft()) {
                assertThat(expected.isLeft()).as("model accepts %s in %s, the session rejected it: %s", command,
                        kindBefore, result.getLeft()).isTrue();
                assertThat(result.getLeft().code()).as("rejection of %s", command).isEqualTo(expected.getLeft());
                if (TABLE.isFinal(kindBefore)) {
                    assertThat(result.getLeft().code()).isEqualTo(KlarnaRejection.SESSION_ENDED);
                }
                assertThat(before.resolve(fresh, scenario.partner(), now).getLeft().code())
                        .as("a rejected command issues no token").isEqualTo(KlarnaRejection.TOKEN_UNKNOWN);
            } else {
                Transition<CustomerSession> transition = result.get();
                CustomerSession after = transition.next();
                assertThat(expected.isRight()).as("model rejects %s in %s with %s, the session accepted it", command,
                        kindBefore, expected.isLeft() ? expected.getLeft() : null).isTrue();
                assertThat(TABLE.isFinal(kindBefore)).as("a final state absorbs").isFalse();
                assertThat(TABLE.permits(kindBefore, command.action(), after.kind()))
                        .as("table permits %s --%s--> %s", kindBefore, command.action(), after.kind()).isTrue();
                covered.add(new TransitionTable.Edge<>(kindBefore, command.action(), after.kind()));

                assertThat(after.version()).isEqualTo(before.version() + 1);
                assertThat(transition.events()).hasSize(expected.get());
                assertThat(after.eventCount()).isEqualTo(before.eventCount() + transition.events().size());
                for (DomainEvent event : transition.events()) {
                    long sequence = lastSequence + 1;
                    assertThat(sequence).isGreaterThan(lastSequence);
                    lastSequence = sequence;
                    assertThat(event).isInstanceOf(CustomerSessionEvent.class);
                    assertThat(((CustomerSessionEvent) event).sessionId()).isEqualTo(scenario.id());
                    assertThat(((CustomerSessionEvent) event).at()).isEqualTo(now);
                    assertThat(event.type()).startsWith("customer_session.");
                }
                assertThat(lastSequence).isEqualTo(after.eventCount());
                assertThat(after.id()).isEqualTo(before.id());
                assertThat(after.partner()).isEqualTo(before.partner());
                assertThat(after.tokens().take(before.tokens().size())).as("tokens are only ever appended")
                        .isEqualTo(before.tokens());

                model.apply(command, now, fresh);
                session = after;
            }

            assertThat(session.kind()).isEqualTo(model.kind());
            assertThat(session.tokens().map(IssuedToken::hash)).containsExactlyElementsOf(model.tokens);
            assertThat(session.version()).isEqualTo(model.version);
            assertThat(session.eventCount()).isEqualTo(model.eventCount);
            checkResolution(scenario, session, model, now);
            if (session.kind().isEnded() && !absorptionChecked) {
                checkAbsorbs(scenario, session, now);
                absorptionChecked = true;
            }
        }
    }

    /** Every token resolves as the model says; earlier tokens resolve to the current state while it is usable. */
    private static void checkResolution(SessionScenario scenario, CustomerSession session, Model model,
            Instant now) {
        for (int n = 0; n < model.tokens.size(); n++) {
            TokenHash token = model.tokens.get(n);
            Option<RejectionCode> expected = model.expectResolve(n, now);
            Either<Rejection, CustomerSession> resolved = session.resolve(token, scenario.partner(), now);
            if (expected.isEmpty()) {
                assertThat(resolved.isRight()).as("token %d of %d resolves at %s: %s", n + 1, model.tokens.size(),
                        now, resolved).isTrue();
                assertThat(resolved.get()).isSameAs(session);
            } else {
                assertThat(resolved.isLeft()).as("token %d is rejected with %s", n + 1, expected.get()).isTrue();
                assertThat(resolved.getLeft().code()).as("token %d", n + 1).isEqualTo(expected.get());
            }
            assertThat(session.resolve(token, STRANGER, now).getLeft().code())
                    .isEqualTo(KlarnaRejection.TOKEN_OF_ANOTHER_PARTNER);
            if (session.kind() == SessionKind.CONSUMED) {
                assertThat(session.resolve(token, scenario.partner(), now.plus(A_YEAR)).getLeft().code())
                        .as("a consumed token stays consumed").isEqualTo(KlarnaRejection.TOKEN_CONSUMED);
            }
        }
        TokenHash neverIssued = scenario.tokenHash(model.tokens.size() + 1);
        assertThat(session.resolve(neverIssued, scenario.partner(), now).getLeft().code())
                .isEqualTo(KlarnaRejection.TOKEN_UNKNOWN);
    }

    /** Every command, now and much later, is rejected by an ended session. */
    private static void checkAbsorbs(SessionScenario scenario, CustomerSession ended, Instant now) {
        Money amount = Money.of(1_000, "EUR");
        TokenHash fresh = scenario.tokenHash(ended.tokens().size() + 1);
        for (Instant at : List.of(now, now.plus(A_YEAR))) {
            List<Either<Rejection, Transition<CustomerSession>>> attempts = List.of(
                    ended.prequalify(PreQualification.approved(amount), fresh, at),
                    ended.signIn(new dev.interop.klarna.domain.session.CustomerIdentity("x@example.com", Option.none(),
                            Option.none(), "ctr-x", TokenHash.of("ct"),
                            HashSet.of(CustomerTokenScope.PAYMENT_CUSTOMER_PRESENT)), fresh, at),
                    ended.prepare(new PreparedPayment(amount, "pr-x"), fresh, at),
                    ended.approve(amount, "pr-x", fresh, at),
                    ended.touch(BoostFeature.MARKETING, at),
                    ended.consume("tx-x", at),
                    ended.expire(at));
            assertThat(attempts.map(attempt -> attempt.isLeft() ? attempt.getLeft().code() : null))
                    .containsOnly(KlarnaRejection.SESSION_ENDED);
        }
    }

    /** A naive model of the session, written from the rules rather than from the code. */
    private static final class Model {
        private enum Life { ACTIVE, CONSUMED, EXPIRED }

        private final Instant expiresAt;
        private final java.util.List<TokenHash> tokens = new ArrayList<>();
        private final java.util.List<Option<Instant>> validUntil = new ArrayList<>();
        private Life life = Life.ACTIVE;
        private boolean prequalified;
        private boolean signedIn;
        private boolean prepared;
        private boolean approved;
        private long version = 1;
        private long eventCount = 1;

        Model(SessionScenario scenario) {
            this.expiresAt = scenario.startedAt().plus(scenario.ttl());
            tokens.add(scenario.tokenHash(1));
            validUntil.add(Option.none());
        }

        SessionKind kind() {
            if (life == Life.CONSUMED) {
                return SessionKind.CONSUMED;
            }
            if (life == Life.EXPIRED) {
                return SessionKind.EXPIRED;
            }
            if (approved) {
                return SessionKind.PENDING_CONFIRMATION;
            }
            if (prepared) {
                return SessionKind.PREPARED;
            }
            if (signedIn) {
                return SessionKind.SIGNED_IN;
            }
            return prequalified ? SessionKind.PREQUALIFIED : SessionKind.SUPPORTED;
        }

        private static boolean material(SessionAction action) {
            return action == SessionAction.PREQUALIFY || action == SessionAction.SIGN_IN
                    || action == SessionAction.PREPARE || action == SessionAction.APPROVE;
        }

        private boolean lastTokenExpired(Instant now) {
            return validUntil.get(validUntil.size() - 1).exists(until -> !now.isBefore(until));
        }

        /** The rejection the session must answer, or the number of events it must emit. */
        Either<RejectionCode, Integer> expect(SessionCommand command, Instant now) {
            SessionAction action = command.action();
            if (life != Life.ACTIVE) {
                return Either.left(KlarnaRejection.SESSION_ENDED);
            }
            if (approved && (action == SessionAction.PREQUALIFY || action == SessionAction.SIGN_IN
                    || action == SessionAction.PREPARE)) {
                return Either.left(CommonRejection.ACTION_NOT_ALLOWED);
            }
            boolean due = !now.isBefore(expiresAt);
            if (action != SessionAction.EXPIRE && due) {
                return Either.left(KlarnaRejection.SESSION_EXPIRED);
            }
            if (command instanceof SessionCommand.SignIn signIn
                    && !signIn.identity().scopes().contains(CustomerTokenScope.PAYMENT_CUSTOMER_PRESENT)) {
                return Either.left(KlarnaRejection.CUSTOMER_TOKEN_SCOPE_MISSING);
            }
            if (action == SessionAction.CONSUME && lastTokenExpired(now)) {
                return Either.left(KlarnaRejection.TOKEN_EXPIRED);
            }
            if (action == SessionAction.EXPIRE && !due) {
                return Either.left(CommonRejection.ACTION_NOT_ALLOWED);
            }
            return Either.right(material(action) ? 2 : 1);
        }

        void apply(SessionCommand command, Instant now, TokenHash fresh) {
            if (command instanceof SessionCommand.Prequalify prequalify) {
                prequalified = prequalify.result().approved();
            } else if (command instanceof SessionCommand.SignIn) {
                signedIn = true;
            } else if (command instanceof SessionCommand.Prepare) {
                prepared = true;
            } else if (command instanceof SessionCommand.Approve) {
                approved = true;
            } else if (command instanceof SessionCommand.Consume) {
                life = Life.CONSUMED;
            } else if (command instanceof SessionCommand.Expire) {
                life = Life.EXPIRED;
            }
            if (material(command.action())) {
                tokens.add(fresh);
                validUntil.add(command.action() == SessionAction.APPROVE
                        ? Option.of(now.plus(Duration.ofMinutes(Approval.TOKEN_VALIDITY_MINUTES)))
                        : Option.none());
            }
            version++;
            eventCount += material(command.action()) ? 2 : 1;
        }

        /** The rejection resolving the {@code index}-th token must answer, or none when it resolves. */
        Option<RejectionCode> expectResolve(int index, Instant now) {
            if (life == Life.CONSUMED) {
                return Option.of(KlarnaRejection.TOKEN_CONSUMED);
            }
            if (life == Life.EXPIRED || !now.isBefore(expiresAt)) {
                return Option.of(KlarnaRejection.SESSION_EXPIRED);
            }
            boolean ownExpired = validUntil.get(index).exists(until -> !now.isBefore(until));
            if (ownExpired || lastTokenExpired(now)) {
                return Option.of(KlarnaRejection.TOKEN_EXPIRED);
            }
            return Option.none();
        }
    }
}
