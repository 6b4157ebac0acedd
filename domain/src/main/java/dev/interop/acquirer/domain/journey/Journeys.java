package dev.interop.acquirer.domain.journey;

import dev.interop.acquirer.domain.AcquirerRejection;
import dev.interop.shared.network.KlarnaInteroperabilityStatus;
import dev.interop.shared.network.KlarnaSessionHint;

import static dev.interop.acquirer.domain.journey.JourneyAction.ABANDON;
import static dev.interop.acquirer.domain.journey.JourneyAction.APPROVE_PURCHASE;
import static dev.interop.acquirer.domain.journey.JourneyAction.AUTHORIZE;
import static dev.interop.acquirer.domain.journey.JourneyAction.CHANGE_SHIPPING;
import static dev.interop.acquirer.domain.journey.JourneyAction.CHECK_ELIGIBILITY;
import static dev.interop.acquirer.domain.journey.JourneyAction.CLICK_EXPRESS_BUTTON;
import static dev.interop.acquirer.domain.journey.JourneyAction.COMPLETE_STEP_UP;
import static dev.interop.acquirer.domain.journey.JourneyAction.DECLINE;
import static dev.interop.acquirer.domain.journey.JourneyAction.EXCHANGE_CUSTOMER_TOKEN;
import static dev.interop.acquirer.domain.journey.JourneyAction.FAIL_STEP_UP;
import static dev.interop.acquirer.domain.journey.JourneyAction.OPEN_CHECKOUT_SESSION;
import static dev.interop.acquirer.domain.journey.JourneyAction.PREPARE_PAYMENT;
import static dev.interop.acquirer.domain.journey.JourneyAction.PRESENT_PAYMENT_METHODS;
import static dev.interop.acquirer.domain.journey.JourneyAction.REGISTER_PAYMENT_FOR_FINALIZATION;
import static dev.interop.acquirer.domain.journey.JourneyAction.REQUIRE_STEP_UP;
import static dev.interop.acquirer.domain.journey.JourneyAction.SIGN_IN;
import static dev.interop.acquirer.domain.journey.JourneyAction.SUBMIT_PAYMENT;
import static dev.interop.acquirer.domain.journey.JourneyStage.ABANDONED;
import static dev.interop.acquirer.domain.journey.JourneyStage.AUTHORIZED;
import static dev.interop.acquirer.domain.journey.JourneyStage.AUTHORIZING;
import static dev.interop.acquirer.domain.journey.JourneyStage.CHECKOUT;
import static dev.interop.acquirer.domain.journey.JourneyStage.CHECKOUT_SESSION_OPEN;
import static dev.interop.acquirer.domain.journey.JourneyStage.CUSTOMER_APPROVED;
import static dev.interop.acquirer.domain.journey.JourneyStage.DECLINED;
import static dev.interop.acquirer.domain.journey.JourneyStage.EXPRESS_BUTTON;
import static dev.interop.acquirer.domain.journey.JourneyStage.FINALIZING;
import static dev.interop.acquirer.domain.journey.JourneyStage.NOT_PRE_QUALIFIED;
import static dev.interop.acquirer.domain.journey.JourneyStage.ON_SITE_MESSAGE;
import static dev.interop.acquirer.domain.journey.JourneyStage.PAYMENT_METHODS_PRESENTED;
import static dev.interop.acquirer.domain.journey.JourneyStage.PAYMENT_PREPARED;
import static dev.interop.acquirer.domain.journey.JourneyStage.PRE_QUALIFIED;
import static dev.interop.acquirer.domain.journey.JourneyStage.PURCHASE_JOURNEY;
import static dev.interop.acquirer.domain.journey.JourneyStage.REVIEW_SCREEN;
import static dev.interop.acquirer.domain.journey.JourneyStage.SIGNED_IN;
import static dev.interop.acquirer.domain.journey.JourneyStage.SIGN_IN_BUTTON;
import static dev.interop.acquirer.domain.journey.JourneyStage.STEP_UP;
import static dev.interop.acquirer.domain.journey.JourneyStage.TOKEN_ISSUED;

import dev.interop.acquirer.domain.partner.PartnerProfile;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.domain.TransitionTable;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * The journeys as data: one {@link TransitionTable} per {@link JourneyKind}, where journeys start (with R8), and
 * which journey a payment follows given what Klarna says about its token.
 *
 * <p>Invariants of every table: the initial stage is where the Klarna-side Boost feature (or the plain checkout)
 * starts; the finals are {@link JourneyStage#AUTHORIZED}, {@link JourneyStage#DECLINED} and
 * {@link JourneyStage#ABANDONED}; from every stage of a table a final stage is reachable.
 */
public final class Journeys {

    /** Journey 1, on-site messaging pre-qualification. */
    public static final TransitionTable<JourneyStage, JourneyAction> PRE_QUALIFICATION_TABLE =
            checkoutTail(TransitionTable.builder("Pre-qualification (On-site messaging)", JourneyStage.class,
                            JourneyAction.class, ON_SITE_MESSAGE)
                    .on(ON_SITE_MESSAGE, CHECK_ELIGIBILITY, PRE_QUALIFIED, NOT_PRE_QUALIFIED)
                    .on(ON_SITE_MESSAGE, ABANDON, ABANDONED)
                    .on(PRE_QUALIFIED, PRESENT_PAYMENT_METHODS, PAYMENT_METHODS_PRESENTED)
                    .on(PRE_QUALIFIED, OPEN_CHECKOUT_SESSION, CHECKOUT_SESSION_OPEN)
                    .on(PRE_QUALIFIED, SUBMIT_PAYMENT, AUTHORIZING)
                    .on(PRE_QUALIFIED, ABANDON, ABANDONED)
                    .on(NOT_PRE_QUALIFIED, PRESENT_PAYMENT_METHODS, PAYMENT_METHODS_PRESENTED)
                    .on(NOT_PRE_QUALIFIED, OPEN_CHECKOUT_SESSION, CHECKOUT_SESSION_OPEN)
                    .on(NOT_PRE_QUALIFIED, SUBMIT_PAYMENT, AUTHORIZING)
                    .on(NOT_PRE_QUALIFIED, ABANDON, ABANDONED))
                    .build();

    /** Journey 2, Sign in with Klarna. */
    public static final TransitionTable<JourneyStage, JourneyAction> SIGN_IN_WITH_KLARNA_TABLE =
            checkoutTail(TransitionTable.builder("Sign in with Klarna", JourneyStage.class, JourneyAction.class,
                            SIGN_IN_BUTTON)
                    .on(SIGN_IN_BUTTON, SIGN_IN, SIGNED_IN)
                    .on(SIGN_IN_BUTTON, ABANDON, ABANDONED)
                    .on(SIGNED_IN, EXCHANGE_CUSTOMER_TOKEN, TOKEN_ISSUED)
                    .on(SIGNED_IN, ABANDON, ABANDONED)
                    .on(TOKEN_ISSUED, OPEN_CHECKOUT_SESSION, CHECKOUT_SESSION_OPEN)
                    .on(TOKEN_ISSUED, ABANDON, ABANDONED))
                    .build();

    /**
     * Journey 3, express checkout in one step: shipping changes are answered server-side while the customer is in
     * the purchase journey, and the payment is authorized without further customer interaction (no step-up).
     */
    public static final TransitionTable<JourneyStage, JourneyAction> EXPRESS_CHECKOUT_ONE_STEP_TABLE =
            TransitionTable.builder("Express checkout, one-step", JourneyStage.class, JourneyAction.class,
                            EXPRESS_BUTTON)
                    .on(EXPRESS_BUTTON, CLICK_EXPRESS_BUTTON, PURCHASE_JOURNEY)
                    .on(EXPRESS_BUTTON, ABANDON, ABANDONED)
                    .on(PURCHASE_JOURNEY, CHANGE_SHIPPING, PURCHASE_JOURNEY)
                    .on(PURCHASE_JOURNEY, APPROVE_PURCHASE, CUSTOMER_APPROVED)
                    .on(PURCHASE_JOURNEY, DECLINE, DECLINED)
                    .on(PURCHASE_JOURNEY, ABANDON, ABANDONED)
                    .on(CUSTOMER_APPROVED, SUBMIT_PAYMENT, AUTHORIZING)
                    .on(CUSTOMER_APPROVED, ABANDON, ABANDONED)
                    .on(AUTHORIZING, AUTHORIZE, AUTHORIZED)
                    .on(AUTHORIZING, DECLINE, DECLINED)
                    .finals(AUTHORIZED, DECLINED, ABANDONED)
                    .build();

    /**
     * Journey 4, express checkout with a review screen: the checkout session (with the token) is opened before the
     * review screen, shipping may change there, and the payment is registered for finalization, which may need a
     * step-up when the amount rose above what the customer approved (R9, R10).
     */
    public static final TransitionTable<JourneyStage, JourneyAction> EXPRESS_CHECKOUT_MULTI_STEP_TABLE =
            TransitionTable.builder("Express checkout, multi-step (review screen)", JourneyStage.class,
                            JourneyAction.class, EXPRESS_BUTTON)
                    .on(EXPRESS_BUTTON, CLICK_EXPRESS_BUTTON, PURCHASE_JOURNEY)
                    .on(EXPRESS_BUTTON, ABANDON, ABANDONED)
                    .on(PURCHASE_JOURNEY, PREPARE_PAYMENT, PAYMENT_PREPARED)
                    .on(PURCHASE_JOURNEY, DECLINE, DECLINED)
                    .on(PURCHASE_JOURNEY, ABANDON, ABANDONED)
                    .on(PAYMENT_PREPARED, OPEN_CHECKOUT_SESSION, REVIEW_SCREEN)
                    .on(PAYMENT_PREPARED, ABANDON, ABANDONED)
                    .on(REVIEW_SCREEN, CHANGE_SHIPPING, REVIEW_SCREEN)
                    .on(REVIEW_SCREEN, REGISTER_PAYMENT_FOR_FINALIZATION, FINALIZING)
                    .on(REVIEW_SCREEN, ABANDON, ABANDONED)
                    .on(FINALIZING, AUTHORIZE, AUTHORIZED)
                    .on(FINALIZING, REQUIRE_STEP_UP, STEP_UP)
                    .on(FINALIZING, DECLINE, DECLINED)
                    .on(STEP_UP, COMPLETE_STEP_UP, AUTHORIZED)
                    .on(STEP_UP, FAIL_STEP_UP, DECLINED)
                    .finals(AUTHORIZED, DECLINED, ABANDONED)
                    .build();

    /** A payment without a token: plain checkout, Klarna shown as one method among others. */
    public static final TransitionTable<JourneyStage, JourneyAction> STANDARD_TABLE =
            checkoutTail(TransitionTable.builder("Standard payment (no token)", JourneyStage.class,
                            JourneyAction.class, CHECKOUT)
                    .on(CHECKOUT, OPEN_CHECKOUT_SESSION, CHECKOUT_SESSION_OPEN)
                    .on(CHECKOUT, PRESENT_PAYMENT_METHODS, PAYMENT_METHODS_PRESENTED)
                    .on(CHECKOUT, SUBMIT_PAYMENT, AUTHORIZING)
                    .on(CHECKOUT, ABANDON, ABANDONED))
                    .build();

    private static final Map<JourneyKind, TransitionTable<JourneyStage, JourneyAction>> TABLES =
            LinkedHashMap.of(
                    JourneyKind.PRE_QUALIFICATION, PRE_QUALIFICATION_TABLE,
                    JourneyKind.SIGN_IN_WITH_KLARNA, SIGN_IN_WITH_KLARNA_TABLE,
                    JourneyKind.EXPRESS_CHECKOUT_ONE_STEP, EXPRESS_CHECKOUT_ONE_STEP_TABLE,
                    JourneyKind.EXPRESS_CHECKOUT_MULTI_STEP, EXPRESS_CHECKOUT_MULTI_STEP_TABLE,
                    JourneyKind.STANDARD, STANDARD_TABLE);

    private static final Map<JourneyKind, Set<JourneyStage>> STAGES = TABLES.mapValues(Journeys::stagesOf);

    private Journeys() {
    }

    /** The transition table of {@code kind}'s journey. */
    public static TransitionTable<JourneyStage, JourneyAction> table(JourneyKind kind) {
        Objects.requireNonNull(kind, "kind");
        return TABLES.get(kind).get();
    }

    /** Every journey's table, in {@link JourneyKind} order (for drawing them all). */
    public static Map<JourneyKind, TransitionTable<JourneyStage, JourneyAction>> tables() {
        return TABLES;
    }

    /** The stages {@code kind}'s journey passes through: its initial stage and every source and target of an edge. */
    public static Set<JourneyStage> stages(JourneyKind kind) {
        Objects.requireNonNull(kind, "kind");
        return STAGES.get(kind).get();
    }

    /**
     * Starts {@code kind}'s journey for {@code partner} at its initial stage. R8: one-step express checkout is
     * rejected with {@link AcquirerRejection#ONE_STEP_EXPRESS_NOT_AVAILABLE} for a Partner that is not
     * {@code SERVER_SIDE_ONLY} with dynamic shipping, and the rejection points to the multi-step journey.
     */
    public static Either<Rejection, Journey> start(JourneyKind kind, PartnerProfile partner) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(partner, "partner");
        if (kind == JourneyKind.EXPRESS_CHECKOUT_ONE_STEP && !partner.supportsOneStepExpress()) {
            return Either.left(oneStepNotAvailable(partner));
        }
        return Either.right(new Journey(kind, table(kind).initial()));
    }

    /**
     * R8 as a check on its own: succeeds with {@code kind} when {@code partner} may follow it, otherwise the same
     * rejection as {@link #start}.
     */
    public static Either<Rejection, JourneyKind> requireAvailable(JourneyKind kind, PartnerProfile partner) {
        return start(kind, partner).map(Journey::kind);
    }

    /** The journey a payment follows: {@link JourneyKind#STANDARD} without a token, else the hint's mapping. */
    public static JourneyKind kindFor(Option<KlarnaSessionHint> hint) {
        return hint.map(Journeys::journeyKind).getOrElse(JourneyKind.STANDARD);
    }

    private static Rejection oneStepNotAvailable(PartnerProfile partner) {
        return Rejection.of(AcquirerRejection.ONE_STEP_EXPRESS_NOT_AVAILABLE,
                "one-step express checkout needs a SERVER_SIDE_ONLY integration that supports dynamic shipping, but "
                        + "partner " + partner.id() + " has " + partner.integrationType()
                        + (partner.dynamicShipping() ? " with" : " without") + " dynamic shipping; use the multi-step "
                        + "express checkout with a review screen (EXPRESS_CHECKOUT_MULTI_STEP) instead, which every "
                        + "partner can offer");
    }

    /** The stages shared by pre-qualification, Sign in with Klarna and the standard payment after the start. */
    private static TransitionTable.Builder<JourneyStage, JourneyAction> checkoutTail(
            TransitionTable.Builder<JourneyStage, JourneyAction> builder) {
        return builder
                .on(CHECKOUT_SESSION_OPEN, PRESENT_PAYMENT_METHODS, PAYMENT_METHODS_PRESENTED)
                .on(CHECKOUT_SESSION_OPEN, SUBMIT_PAYMENT, AUTHORIZING)
                .on(CHECKOUT_SESSION_OPEN, ABANDON, ABANDONED)
                .on(PAYMENT_METHODS_PRESENTED, SUBMIT_PAYMENT, AUTHORIZING)
                .on(PAYMENT_METHODS_PRESENTED, ABANDON, ABANDONED)
                .on(AUTHORIZING, AUTHORIZE, AUTHORIZED)
                .on(AUTHORIZING, REQUIRE_STEP_UP, STEP_UP)
                .on(AUTHORIZING, DECLINE, DECLINED)
                .on(STEP_UP, COMPLETE_STEP_UP, AUTHORIZED)
                .on(STEP_UP, FAIL_STEP_UP, DECLINED)
                .finals(AUTHORIZED, DECLINED, ABANDONED);
    }

    private static Set<JourneyStage> stagesOf(TransitionTable<JourneyStage, JourneyAction> table) {
        Set<JourneyStage> used = LinkedHashSet.of(table.initial())
                .addAll(table.edges().flatMap(edge -> List.of(edge.from(), edge.to())));
        return LinkedHashSet.ofAll(table.states().filter(used::contains));
    }

    /**
     * The journey a session with this hint leads into:
     * <ul>
     *   <li>status {@code PAYMENT_UNSUPPORTED}, or a marketing entry point: {@link JourneyKind#STANDARD};</li>
     *   <li>on-site messaging: {@link JourneyKind#PRE_QUALIFICATION};</li>
     *   <li>Sign in with Klarna: {@link JourneyKind#SIGN_IN_WITH_KLARNA};</li>
     *   <li>express checkout with status {@code PAYMENT_PENDING_CONFIRMATION} (customer approved with intent
     *       {@code AUTHORIZATION}): {@link JourneyKind#EXPRESS_CHECKOUT_ONE_STEP};</li>
     *   <li>any other express checkout status (prepared with intent {@code PREPARATION}, or not finished):
     *       {@link JourneyKind#EXPRESS_CHECKOUT_MULTI_STEP}, the express journey open to every Partner.</li>
     * </ul>
     */
    private static JourneyKind journeyKind(KlarnaSessionHint hint) {
        if (hint.status() == KlarnaInteroperabilityStatus.PAYMENT_UNSUPPORTED) {
            return JourneyKind.STANDARD;
        }
        return switch (hint.origin()) {
            case ON_SITE_MESSAGING -> JourneyKind.PRE_QUALIFICATION;
            case SIGN_IN_WITH_KLARNA -> JourneyKind.SIGN_IN_WITH_KLARNA;
            case EXPRESS_CHECKOUT -> hint.status() == KlarnaInteroperabilityStatus.PAYMENT_PENDING_CONFIRMATION
                    ? JourneyKind.EXPRESS_CHECKOUT_ONE_STEP
                    : JourneyKind.EXPRESS_CHECKOUT_MULTI_STEP;
            case MARKETING -> JourneyKind.STANDARD;
        };
    }
}
