package dev.interop.testkit.klarna.paymentrequest;

import static dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind.CANCELED;
import static dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind.COMPLETED;
import static dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind.DECLINED;
import static dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind.EXPIRED;
import static dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind.IN_PROGRESS;
import static dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.interop.klarna.domain.KlarnaRejection;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.klarna.domain.paymentrequest.Intent;
import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestAction;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestEvent;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind;
import dev.interop.klarna.domain.paymentrequest.StateReason;
import dev.interop.shared.domain.DomainEvent;
import dev.interop.shared.domain.LineItem;
import dev.interop.shared.domain.Money;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.domain.RejectionCode;
import dev.interop.shared.domain.Transition;
import dev.interop.shared.domain.TransitionTable.Edge;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Model-based tests of the Payment Request machine: generated command sequences run against the aggregate and
 * against a small independent model of what each command should do; after every step the two must agree and the
 * machine's invariants must hold.
 */
class PaymentRequestPropertiesTest {

    private static final int SEQUENCES = 1_000;

    /** What the model knows: the state, the deadline, the amounts and the counters. */
    private record Model(PaymentRequestStateKind kind, Instant expiresAt, long amount, long order,
            boolean hasLineItems, long version, long eventCount) {

        static Model of(PaymentRequest request) {
            return new Model(request.kind(), request.expiresAt(), request.amount().minorUnits(),
                    request.orderAmount().minorUnits(), !request.lineItems().isEmpty(), request.version(),
                    request.eventCount());
        }

        Model moveTo(PaymentRequestStateKind next) {
            return new Model(next, expiresAt, amount, order, hasLineItems, version + 1, eventCount + 1);
        }

        Model withAmounts(long newAmount, long newOrder, boolean newHasLineItems) {
            return new Model(kind, expiresAt, newAmount, newOrder, newHasLineItems, version + 1, eventCount + 1);
        }
    }

    private final Set<Edge<PaymentRequestStateKind, PaymentRequestAction>> coveredEdges = new HashSet<>();
    private final Set<RejectionCode> coveredRejections = new HashSet<>();
    private final AtomicInteger scenarios = new AtomicInteger();
    private final AtomicInteger deadlineProbes = new AtomicInteger();

    @Test
    void generated_command_sequences_agree_with_the_model_and_keep_every_invariant() {
        qt().withExamples(SEQUENCES).forAll(PaymentRequestGenerators.scenarios()).checkAssert(this::run);

        assertThat(scenarios.get()).isGreaterThanOrEqualTo(SEQUENCES);
        assertThat(deadlineProbes.get()).as("commands tried exactly at the deadline").isGreaterThan(SEQUENCES);
        assertThat(coveredEdges).as("every edge of the table was taken at least once")
                .containsAll(PaymentRequest.TABLE.edges().toJavaList());
        assertThat(coveredRejections).as("every rejection the machine knows was seen").contains(
                KlarnaRejection.PAYMENT_REQUEST_FINAL, KlarnaRejection.PAYMENT_REQUEST_EXPIRED,
                KlarnaRejection.PAYMENT_REQUEST_NOT_UPDATABLE, CommonRejection.ACTION_NOT_ALLOWED,
                CommonRejection.INVALID_AMOUNT, CommonRejection.CURRENCY_MISMATCH,
                CommonRejection.LINE_ITEMS_DO_NOT_SUM_TO_TOTAL, CommonRejection.INVALID_FIELD);
    }

    @Test
    void creation_accepts_every_ttl_within_bounds_at_version_one() {
        qt().withExamples(300).forAll(PaymentRequestGenerators.validTtls(), PaymentRequestGenerators.instants())
                .checkAssert((ttl, now) -> {
                    PaymentRequest request = create(Option.of(ttl), now).get().next();

                    assertThat(request.expiresAt()).isEqualTo(now.plus(ttl));
                    assertThat(request.version()).isEqualTo(1);
                    assertThat(request.kind()).isEqualTo(SUBMITTED);
                });
    }

    @Test
    void creation_rejects_every_ttl_outside_bounds_as_invalid_ttl() {
        qt().withExamples(300).forAll(PaymentRequestGenerators.invalidTtls(), PaymentRequestGenerators.instants())
                .checkAssert((ttl, now) -> assertThat(create(Option.of(ttl), now).getLeft().code())
                        .isEqualTo(CommonRejection.INVALID_TTL));
    }

    @Test
    void generated_line_items_sum_exactly_to_the_total_they_were_made_for() {
        qt().withExamples(300).forAll(PaymentRequestGenerators.money()
                .flatMap(total -> PaymentRequestGenerators.lineItemsSummingTo(total)
                        .map(items -> new PaymentRequestGenerators.Order(total, items))))
                .checkAssert(order -> {
                    assertThat(order.lineItems()).isNotEmpty();
                    assertThat(Money.sum(order.lineItems().map(LineItem::totalAmount), order.amount().currency()))
                            .isEqualTo(order.amount());
                });
    }

    private static Either<Rejection, Transition<PaymentRequest>> create(Option<Duration> ttl, Instant now) {
        return PaymentRequest.create(PaymentRequestId.of("00000000-0000-4000-8000-000000000001"), PartnerAccountId.of("krn:partner:global:account:test:p"),
                Option.none(), Intent.PREPARATION, Money.of(100, "EUR"), Option.none(), List.empty(), Option.none(),
                ttl, now);
    }

    private void run(PaymentRequestGenerators.Scenario scenario) {
        scenarios.incrementAndGet();
        PaymentRequest request = scenario.request();
        PaymentRequest initial = request;
        assertThat(request.kind()).isEqualTo(SUBMITTED);
        assertThat(request.version()).isEqualTo(1);
        assertThat(request.eventCount()).isEqualTo(1);
        Model model = Model.of(request);
        Instant now = request.createdAt();
        Option<PaymentRequestStateKind> finalKind = Option.none();

        for (PaymentRequestCommand command : scenario.commands()) {
            probeTheDeadline(request, model, command, now);
            now = now.plus(command.elapse());
            PaymentRequest before = request;
            Either<Rejection, Transition<PaymentRequest>> result = command.applyTo(before, now);
            String step = command + " on " + before.kind() + " at " + now + " (expires " + before.expiresAt() + ")";
            Option<Model> next = agree(before, model, command, now, result, step);
            if (next.isDefined()) {
                request = result.get().next();
                model = next.get();
            }

            checkInvariants(initial, request, now, step);
            if (finalKind.isDefined()) {
                assertThat(request.kind()).as("final states absorb: " + step).isEqualTo(finalKind.get());
                assertThat(result.getLeft().code()).isEqualTo(KlarnaRejection.PAYMENT_REQUEST_FINAL);
            }
            if (request.kind().isFinal()) {
                finalKind = Option.of(request.kind());
            }
        }
    }

    /**
     * Compares the aggregate's answer with the model's; answers the model's next state when the command was
     * accepted.
     */
    private Option<Model> agree(PaymentRequest before, Model model, PaymentRequestCommand command, Instant now,
            Either<Rejection, Transition<PaymentRequest>> result, String step) {
        Either<RejectionCode, Model> expected = expect(model, command, now);
        if (expected.isLeft()) {
            assertThat(result.isLeft()).as("rejected: " + step + " but " + result).isTrue();
            assertThat(result.getLeft().code()).as(step).isEqualTo(expected.getLeft());
            assertThat(command.applyTo(before, now)).as("a rejection is repeatable: " + step).isEqualTo(result);
            coveredRejections.add(result.getLeft().code());
            return Option.none();
        }
        assertThat(result.isRight()).as("accepted: " + step + " but " + result).isTrue();
        Transition<PaymentRequest> transition = result.get();
        PaymentRequest after = transition.next();
        Model next = expected.get();
        checkStep(before, command.action(), transition, now, step);
        assertThat(after.kind()).as(step).isEqualTo(next.kind());
        assertThat(after.version()).as(step).isEqualTo(next.version());
        assertThat(after.eventCount()).as(step).isEqualTo(next.eventCount());
        assertThat(after.amount().minorUnits()).as(step).isEqualTo(next.amount());
        assertThat(after.orderAmount().minorUnits()).as(step).isEqualTo(next.order());
        coveredEdges.add(new Edge<>(before.kind(), command.action(), after.kind()));
        return Option.of(next);
    }

    /**
     * Generated elapses rarely land on the deadline itself, so every step is also tried, without keeping the
     * outcome, exactly at {@code expiresAt} and one nanosecond before, whenever that is not in the past.
     */
    private void probeTheDeadline(PaymentRequest request, Model model, PaymentRequestCommand command, Instant now) {
        for (Instant probe : List.of(model.expiresAt().minusNanos(1), model.expiresAt())) {
            if (!probe.isBefore(now)) {
                agree(request, model, command, probe, command.applyTo(request, probe),
                        "probe " + command + " on " + request.kind() + " at " + probe);
                if (probe.equals(model.expiresAt())) {
                    deadlineProbes.incrementAndGet();
                }
            }
        }
    }

    /** Checks one accepted step against the table and the machine's bookkeeping rules. */
    private static void checkStep(PaymentRequest before, PaymentRequestAction action,
            Transition<PaymentRequest> transition, Instant now, String step) {
        PaymentRequest after = transition.next();
        assertThat(PaymentRequest.TABLE.permits(before.kind(), action, after.kind()))
                .as("the table permits " + step + " -> " + after.kind()).isTrue();
        assertThat(after.version()).as(step).isGreaterThan(before.version()).isEqualTo(before.version() + 1);
        assertThat(transition.events()).as(step).isNotEmpty();
        assertThat(after.eventCount()).as(step).isEqualTo(before.eventCount() + transition.events().size());
        for (DomainEvent event : transition.events()) {
            assertThat(event).isInstanceOf(PaymentRequestEvent.class);
            assertThat(((PaymentRequestEvent) event).paymentRequestId()).isEqualTo(before.id());
            assertThat(((PaymentRequestEvent) event).occurredAt()).isEqualTo(now);
            assertThat(event.type()).startsWith("payment_request.");
        }
        if (after.kind() != before.kind()) {
            assertThat(after.previousState()).as(step).contains(before.kind());
            Option<StateReason> reason = switch (action) {
                case ABORT -> Option.of(StateReason.PURCHASE_FLOW_ABORTED);
                case CANCEL -> Option.of(StateReason.PARTNER_CANCELED);
                case DECLINE -> Option.of(StateReason.PAYMENT_DECLINED);
                default -> Option.none();
            };
            assertThat(after.stateReason()).as(step).isEqualTo(reason);
        } else {
            assertThat(after.previousState()).as(step).isEqualTo(before.previousState());
            assertThat(after.stateReason()).as(step).isEqualTo(before.stateReason());
        }
        if (after.kind() == COMPLETED) {
            assertThat(after.completion().get().tokenValidUntil()).isEqualTo(now.plus(Duration.ofMinutes(60)));
            assertThat(after.approvedAmount()).contains(after.amount());
        }
    }

    /** Invariants that hold after every step, accepted or not. */
    private static void checkInvariants(PaymentRequest initial, PaymentRequest request, Instant now, String step) {
        assertThat(request.amount().isPositive()).as(step).isTrue();
        assertThat(request.orderAmount().isPositive()).as(step).isTrue();
        assertThat(LineItem.checkSum(request.lineItems(), request.orderAmount(), "line_items").isRight())
                .as("line items sum to the order amount: " + step).isTrue();
        assertThat(request.amount().currency()).isEqualTo(initial.amount().currency());
        assertThat(request.id()).isEqualTo(initial.id());
        assertThat(request.createdAt()).isEqualTo(initial.createdAt());
        assertThat(request.expiresAt()).isEqualTo(initial.expiresAt());
        if (request.kind().isFinal()) {
            assertThat(request.allowedActions(now)).as(step).isEmpty();
            assertThat(request.isDue(now)).as(step).isFalse();
        }
    }

    /** The model: what a command should do, decided without looking at the aggregate or its table. */
    private static Either<RejectionCode, Model> expect(Model model, PaymentRequestCommand command, Instant now) {
        if (model.kind().isFinal()) {
            return Either.left(KlarnaRejection.PAYMENT_REQUEST_FINAL);
        }
        boolean due = !now.isBefore(model.expiresAt());
        if (command.action() != PaymentRequestAction.EXPIRE && due) {
            return Either.left(KlarnaRejection.PAYMENT_REQUEST_EXPIRED);
        }
        boolean submitted = model.kind() == SUBMITTED;
        boolean inProgress = model.kind() == IN_PROGRESS;
        return switch (command.action()) {
            case START -> submitted ? Either.right(model.moveTo(IN_PROGRESS)) : notAllowed();
            case ABORT -> inProgress ? Either.right(model.moveTo(SUBMITTED)) : notAllowed();
            case COMPLETE -> inProgress ? Either.right(model.moveTo(COMPLETED)) : notAllowed();
            case CANCEL -> Either.right(model.moveTo(CANCELED));
            case DECLINE -> Either.right(model.moveTo(DECLINED));
            case EXPIRE -> due ? Either.right(model.moveTo(EXPIRED)) : notAllowed();
            case UPDATE -> submitted ? update(model, (PaymentRequestCommand.Update) command)
                    : Either.left(KlarnaRejection.PAYMENT_REQUEST_NOT_UPDATABLE);
            case CHANGE_SHIPPING -> inProgress ? ship(model, (PaymentRequestCommand.ChangeShipping) command)
                    : notAllowed();
        };
    }

    private static Either<RejectionCode, Model> notAllowed() {
        return Either.left(CommonRejection.ACTION_NOT_ALLOWED);
    }

    private static Either<RejectionCode, Model> update(Model model, PaymentRequestCommand.Update update) {
        if (update.amountMinorUnits() == 0) {
            return Either.left(CommonRejection.INVALID_AMOUNT);
        }
        if (update.otherCurrency()) {
            return Either.left(CommonRejection.CURRENCY_MISMATCH);
        }
        if (update.hasLineItems() && update.lineItemsOff()) {
            return Either.left(CommonRejection.LINE_ITEMS_DO_NOT_SUM_TO_TOTAL);
        }
        if (update.reference().exists(String::isBlank)) {
            return Either.left(CommonRejection.INVALID_FIELD);
        }
        return Either.right(model.withAmounts(update.amountMinorUnits(), update.amountMinorUnits(),
                update.hasLineItems()));
    }

    private static Either<RejectionCode, Model> ship(Model model, PaymentRequestCommand.ChangeShipping change) {
        if (change.otherCurrency()) {
            return Either.left(CommonRejection.CURRENCY_MISMATCH);
        }
        long order = change.keepOrderAmount() ? model.order() : change.orderMinorUnits();
        if (order <= 0) {
            return Either.left(CommonRejection.INVALID_AMOUNT);
        }
        if (model.hasLineItems() && order != model.order()) {
            return Either.left(CommonRejection.LINE_ITEMS_DO_NOT_SUM_TO_TOTAL);
        }
        return Either.right(model.withAmounts(order + change.feeMinorUnits(), order, model.hasLineItems()));
    }
}
