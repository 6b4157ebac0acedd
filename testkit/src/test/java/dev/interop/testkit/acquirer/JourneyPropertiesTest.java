package dev.interop.testkit.acquirer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.interop.acquirer.domain.AcquirerRejection;
import dev.interop.acquirer.domain.checkout.CheckoutSession;
import dev.interop.acquirer.domain.checkout.CheckoutSessionId;
import dev.interop.acquirer.domain.journey.Journey;
import dev.interop.acquirer.domain.journey.JourneyAction;
import dev.interop.acquirer.domain.journey.JourneyKind;
import dev.interop.acquirer.domain.journey.JourneyStage;
import dev.interop.acquirer.domain.journey.Journeys;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.network.IntegrationType;
import dev.interop.acquirer.domain.payment.Payment;
import dev.interop.acquirer.domain.payment.PaymentId;
import dev.interop.acquirer.domain.payment.PaymentOrder;
import dev.interop.shared.network.PresentationInstruction;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.domain.TransitionTable;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Properties of the journeys: random walks through each journey's table, random actions against it, and R8 for
 * generated partners.
 */
class JourneyPropertiesTest {

    private static final int SEQUENCES = 1000;

    /** Enough steps for any walk: once the random choices run out, a walk heads for the nearest final stage. */
    private static final int MAX_STEPS = 200;

    @ParameterizedTest
    @EnumSource(JourneyKind.class)
    void random_walks_only_take_allowed_actions_and_reach_a_final_stage(JourneyKind kind) {
        TransitionTable<JourneyStage, JourneyAction> table = Journeys.table(kind);
        Map<JourneyStage, Integer> distance = distanceToFinal(table);
        EnumSet<JourneyStage> finalsReached = EnumSet.noneOf(JourneyStage.class);

        qt().withExamples(SEQUENCES).forAll(ApGenerators.oneStepPartners(), ApGenerators.walkChoices())
                .checkAssert((partner, choices) -> {
                    Journey journey = Journeys.start(kind, partner).get();
                    assertThat(journey.stage()).isEqualTo(table.initial());
                    int step = 0;
                    while (!journey.isFinished()) {
                        assertThat(step).as("walk of %s ends", kind).isLessThan(MAX_STEPS);
                        List<Edge> edges = edges(journey);
                        assertThat(edges).as("a stage that is not final has a way out").isNotEmpty();
                        Edge edge = step < choices.size() ? edges.get(choices.get(step) % edges.size())
                                : edges.minBy(candidate -> distance.get(candidate.to()).get()).get();
                        assertThat(journey.allowedActions()).contains(edge.action());
                        Either<Rejection, Journey> next = journey.apply(edge.action(), edge.to());
                        assertThat(next.isRight()).as("%s --%s--> %s", journey.stage(), edge.action(), edge.to())
                                .isTrue();
                        assertThat(table.permits(journey.stage(), edge.action(), next.get().stage())).isTrue();
                        journey = next.get();
                        step++;
                    }
                    assertThat(table.isFinal(journey.stage())).isTrue();
                    assertThat(journey.allowedActions()).isEmpty();
                    finalsReached.add(journey.stage());
                });

        assertThat(finalsReached).as("walks of %s reached every final stage", kind)
                .containsExactlyInAnyOrderElementsOf(table.finals());
    }

    @ParameterizedTest
    @EnumSource(JourneyKind.class)
    void any_action_to_any_stage_is_accepted_exactly_when_the_table_has_that_edge(JourneyKind kind) {
        TransitionTable<JourneyStage, JourneyAction> table = Journeys.table(kind);
        qt().withExamples(SEQUENCES).forAll(SourceDSL.lists().of(Generate.enumValues(JourneyAction.class)
                        .zip(Generate.enumValues(JourneyStage.class), (action, stage) -> new Edge(action, stage)))
                        .ofSizeBetween(1, 40))
                .checkAssert(attempts -> {
                    Journey journey = Journeys.start(kind, ApGenerators.partner("walker",
                            IntegrationType.SERVER_SIDE_ONLY, true)).get();
                    for (Edge attempt : attempts) {
                        Either<Rejection, Journey> next = journey.apply(attempt.action(), attempt.to());
                        boolean permitted = table.permits(journey.stage(), attempt.action(), attempt.to());
                        assertThat(next.isRight()).as("%s --%s--> %s", journey.stage(), attempt.action(),
                                attempt.to()).isEqualTo(permitted);
                        if (permitted) {
                            journey = next.get();
                        } else {
                            assertThat(next.getLeft().code()).isEqualTo(CommonRejection.ACTION_NOT_ALLOWED);
                        }
                        assertThat(Journeys.stages(kind)).contains(journey.stage());
                    }
                });
    }

    @Test
    void one_step_express_is_never_startable_for_a_partner_that_does_not_qualify() {
        qt().withExamples(SEQUENCES).forAll(ApGenerators.partners()).checkAssert(partner -> {
            Either<Rejection, Journey> started = Journeys.start(JourneyKind.EXPRESS_CHECKOUT_ONE_STEP, partner);
            assertThat(started.isRight()).isEqualTo(partner.supportsOneStepExpress());
            if (started.isLeft()) {
                assertThat(started.getLeft().code()).isEqualTo(AcquirerRejection.ONE_STEP_EXPRESS_NOT_AVAILABLE);
                assertThat(started.getLeft().detail()).contains("EXPRESS_CHECKOUT_MULTI_STEP");
            }
            assertThat(Journeys.start(JourneyKind.EXPRESS_CHECKOUT_MULTI_STEP, partner).isRight()).isTrue();
        });
    }

    @Test
    void no_checkout_session_or_payment_follows_one_step_express_for_a_partner_that_does_not_qualify() {
        qt().withExamples(SEQUENCES).forAll(ApGenerators.partnersWithoutOneStep(), ApGenerators.positiveMoney(),
                        ApGenerators.sealedTokens())
                .checkAssert((partner, amount, token) -> {
                    assertThat(partner.supportsOneStepExpress()).isFalse();
                    Either<Rejection, ?> session = CheckoutSession.open(CheckoutSessionId.of("one_step"), partner,
                            JourneyKind.EXPRESS_CHECKOUT_ONE_STEP, PresentationInstruction.SHOW_ONLY_KLARNA, amount,
                            Option.none(), List.empty(),
                            Option.some(token), Option.none(), ApGenerators.EPOCH, CheckoutSession.DEFAULT_TTL);
                    Either<Rejection, ?> payment = Payment.submit(PaymentId.of("one_step"),
                            PaymentOrder.of(partner, amount, "order-1", JourneyKind.EXPRESS_CHECKOUT_ONE_STEP)
                                    .withToken(token), Option.none(), ApGenerators.EPOCH);
                    assertThat(session.getLeft().code()).isEqualTo(AcquirerRejection.ONE_STEP_EXPRESS_NOT_AVAILABLE);
                    assertThat(payment.getLeft().code()).isEqualTo(AcquirerRejection.ONE_STEP_EXPRESS_NOT_AVAILABLE);
                });
    }

    @Test
    void one_step_express_is_open_to_every_qualifying_partner() {
        qt().withExamples(SEQUENCES).forAll(ApGenerators.oneStepPartners(), ApGenerators.positiveMoney(),
                        ApGenerators.sealedTokens())
                .checkAssert((partner, amount, token) -> {
                    assertThat(Journeys.start(JourneyKind.EXPRESS_CHECKOUT_ONE_STEP, partner).isRight()).isTrue();
                    assertThat(Payment.submit(PaymentId.of("one_step"), PaymentOrder.of(partner, amount, "order-1",
                                    JourneyKind.EXPRESS_CHECKOUT_ONE_STEP).withToken(token), Option.none(),
                            ApGenerators.EPOCH).isRight()).isTrue();
                });
    }

    private record Edge(JourneyAction action, JourneyStage to) {
    }

    private static List<Edge> edges(Journey journey) {
        return journey.allowedActions().toList()
                .flatMap(action -> journey.targets(action).toList().map(to -> new Edge(action, to)));
    }

    /** Breadth-first distance from every stage to the nearest final stage, walking the table backwards. */
    private static Map<JourneyStage, Integer> distanceToFinal(TransitionTable<JourneyStage, JourneyAction> table) {
        Map<JourneyStage, Integer> distance = HashMap.empty();
        Set<JourneyStage> frontier = table.finals();
        int d = 0;
        while (!frontier.isEmpty()) {
            for (JourneyStage stage : frontier) {
                distance = distance.put(stage, d);
            }
            Map<JourneyStage, Integer> known = distance;
            frontier = table.edges().filter(edge -> known.containsKey(edge.to()) && !known.containsKey(edge.from()))
                    .map(TransitionTable.Edge::from).toSet();
            d++;
        }
        return distance;
    }
}
