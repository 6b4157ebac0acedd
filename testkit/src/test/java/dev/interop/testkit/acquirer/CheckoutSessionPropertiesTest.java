package dev.interop.testkit.acquirer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.interop.acquirer.domain.AcquirerRejection;
import dev.interop.acquirer.domain.checkout.CheckoutSession;
import dev.interop.acquirer.domain.checkout.CheckoutSessionAction;
import dev.interop.acquirer.domain.checkout.CheckoutSessionEvent;
import dev.interop.acquirer.domain.checkout.CheckoutSessionKind;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.domain.DomainEvent;
import dev.interop.shared.domain.LineItem;
import dev.interop.shared.domain.Money;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.domain.RejectionCode;
import dev.interop.shared.domain.Transition;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Model-based properties of the checkout session machine: random command sequences run against the aggregate and
 * against a plain model of the rules, compared after every step.
 */
class CheckoutSessionPropertiesTest {

    private static final int SEQUENCES = 1000;

    @Test
    void command_sequences_follow_the_table_and_agree_with_the_model_after_every_step() {
        Map<CheckoutSessionAction, Integer> accepted = new EnumMap<>(CheckoutSessionAction.class);
        Map<RejectionCode, Integer> refused = new HashMap<>();

        qt().withExamples(SEQUENCES).forAll(
                        ApGenerators.openCheckoutSessions(ApGenerators.partners(), Duration.ofHours(3)),
                        ApGenerators.checkoutCommandSequences())
                .checkAssert((session, commands) -> run(session, commands, accepted, refused));

        assertThat(accepted.keySet()).as("every action was accepted at least once")
                .containsExactlyInAnyOrder(CheckoutSessionAction.values());
        assertThat(refused.keySet()).as("the refusals were exercised").contains(AcquirerRejection.SESSION_EXPIRED,
                AcquirerRejection.SESSION_ENDED, CommonRejection.ACTION_NOT_ALLOWED,
                CommonRejection.LINE_ITEMS_DO_NOT_SUM_TO_TOTAL, CommonRejection.CURRENCY_MISMATCH,
                CommonRejection.INVALID_AMOUNT, CommonRejection.INVALID_FIELD);
    }

    @Test
    void generated_line_items_always_sum_to_their_total() {
        qt().withExamples(SEQUENCES).forAll(ApGenerators.positiveMoney(), SourceDSL.longs().all())
                .checkAssert((total, seed) -> {
                    List<LineItem> items = ApGenerators.split(total, seed);
                    assertThat(items.size()).isBetween(1, 5);
                    assertThat(LineItem.checkSum(items, total, "line_items").isRight()).isTrue();
                });
    }

    @Test
    void generated_sessions_are_open_at_version_one_with_consistent_amounts() {
        qt().withExamples(SEQUENCES).forAll(ApGenerators.openCheckoutSessions()).checkAssert(session -> {
            assertThat(session.kind()).isEqualTo(CheckoutSessionKind.OPEN);
            assertThat(session.version()).isEqualTo(1);
            assertThat(session.eventCount()).isEqualTo(1);
            assertInvariants(session);
        });
    }

    private static void run(CheckoutSession initial, List<CheckoutCommand> commands,
            Map<CheckoutSessionAction, Integer> accepted, Map<RejectionCode, Integer> refused) {
        Model model = new Model(initial);
        CheckoutSession session = initial;
        Instant now = initial.createdAt();
        for (CheckoutCommand command : commands) {
            if (command instanceof CheckoutCommand.Wait wait) {
                now = now.plusSeconds(wait.seconds());
                continue;
            }
            CheckoutSessionAction action = command.action().get();
            Either<RejectionCode, CheckoutSessionKind> expected = model.expect(command, session, now);
            Either<Rejection, Transition<CheckoutSession>> actual = command.apply(session, now);

            if (CheckoutSession.TABLE.isFinal(session.kind())) {
                assertThat(actual.isLeft()).as("a final state absorbs %s", command).isTrue();
            }
            if (expected.isLeft()) {
                assertThat(actual.isLeft()).as("%s in %s should be refused", command, session.kind()).isTrue();
                assertThat(actual.getLeft().code()).as("%s in %s", command, session.kind())
                        .isEqualTo(expected.getLeft());
                refused.merge(expected.getLeft(), 1, Integer::sum);
                continue;
            }
            assertThat(actual.isRight()).as("%s in %s should be accepted, was %s", command, session.kind(),
                    actual.isLeft() ? actual.getLeft() : "").isTrue();
            Transition<CheckoutSession> transition = actual.get();
            CheckoutSession next = transition.next();
            assertThat(next.kind()).isEqualTo(expected.get());
            assertThat(CheckoutSession.TABLE.permits(session.kind(), action, next.kind()))
                    .as("the table permits %s --%s--> %s", session.kind(), action, next.kind()).isTrue();
            assertThat(next.version()).isEqualTo(session.version() + 1);
            assertThat(next.eventCount()).isEqualTo(session.eventCount() + transition.events().size());
            assertThat(next.eventCount()).isGreaterThan(session.eventCount());
            assertThat(next.id()).isEqualTo(session.id());
            for (DomainEvent event : transition.events()) {
                assertThat(event).isInstanceOf(CheckoutSessionEvent.class);
                assertThat(((CheckoutSessionEvent) event).sessionId()).isEqualTo(session.id());
                assertThat(((CheckoutSessionEvent) event).occurredAt()).isEqualTo(now);
                assertThat(event.type()).startsWith("checkout_session.");
                next.token().forEach(token -> assertThat(event.toString()).doesNotContain(token.ciphertext()));
            }
            assertInvariants(next);
            model.apply(command, session, now, expected.get());
            assertThat(next.amount()).isEqualTo(model.amount);
            assertThat(next.lineItems()).isEqualTo(model.items);
            accepted.merge(action, 1, Integer::sum);
            session = next;
        }
    }

    private static void assertInvariants(CheckoutSession session) {
        assertThat(session.amount().isPositive()).as("amounts are positive").isTrue();
        assertThat(LineItem.checkSum(session.lineItems(), session.amount(), "line_items").isRight())
                .as("line items sum to the amount").isTrue();
        assertThat(session.allowedActions()).isEqualTo(CheckoutSession.TABLE.allowedActions(session.kind()));
        assertThat(session.eventCount()).isGreaterThanOrEqualTo(session.version());
    }

    /** The rules of a checkout session, written out plainly without the transition table. */
    private static final class Model {
        private CheckoutSessionKind kind = CheckoutSessionKind.OPEN;
        private Money amount;
        private List<LineItem> items;
        private final Instant expiresAt;

        Model(CheckoutSession session) {
            this.amount = session.amount();
            this.items = session.lineItems();
            this.expiresAt = session.expiresAt();
        }

        Either<RejectionCode, CheckoutSessionKind> expect(CheckoutCommand command, CheckoutSession session,
                Instant now) {
            boolean due = !now.isBefore(expiresAt);
            if (command instanceof CheckoutCommand.Update update) {
                if (kind != CheckoutSessionKind.OPEN) {
                    return Either.left(refusedIn(kind));
                }
                return due ? Either.left(AcquirerRejection.SESSION_EXPIRED) : validate(update, session);
            }
            if (command instanceof CheckoutCommand.RegisterPayment) {
                if (kind == CheckoutSessionKind.OPEN) {
                    return due ? Either.left(AcquirerRejection.SESSION_EXPIRED)
                            : Either.right(CheckoutSessionKind.PAYMENT_REGISTERED);
                }
                return Either.left(refusedIn(kind));
            }
            if (command instanceof CheckoutCommand.ReleasePayment) {
                return kind == CheckoutSessionKind.PAYMENT_REGISTERED ? Either.right(CheckoutSessionKind.OPEN)
                        : Either.left(refusedIn(kind));
            }
            if (command instanceof CheckoutCommand.Complete) {
                return kind == CheckoutSessionKind.PAYMENT_REGISTERED ? Either.right(CheckoutSessionKind.COMPLETED)
                        : Either.left(refusedIn(kind));
            }
            if (command instanceof CheckoutCommand.Cancel) {
                return kind == CheckoutSessionKind.OPEN || kind == CheckoutSessionKind.PAYMENT_REGISTERED
                        ? Either.right(CheckoutSessionKind.CANCELED) : Either.left(refusedIn(kind));
            }
            if (command instanceof CheckoutCommand.Expire) {
                if (kind == CheckoutSessionKind.OPEN) {
                    return due ? Either.right(CheckoutSessionKind.EXPIRED)
                            : Either.left(CommonRejection.ACTION_NOT_ALLOWED);
                }
                return Either.left(refusedIn(kind));
            }
            throw new IllegalArgumentException("unexpected command " + command);
        }

        private Either<RejectionCode, CheckoutSessionKind> validate(CheckoutCommand.Update update,
                CheckoutSession session) {
            boolean nothing = update.amountMinorUnits().isEmpty() && update.items() == CheckoutCommand.Items.KEEP
                    && update.reference().isEmpty() && update.token().isEmpty() && update.data().isEmpty();
            if (nothing) {
                return Either.left(CommonRejection.INVALID_FIELD);
            }
            if (update.amountMinorUnits().isDefined() && update.otherCurrency()) {
                return Either.left(CommonRejection.CURRENCY_MISMATCH);
            }
            if (update.amountMinorUnits().exists(minor -> minor == 0)) {
                return Either.left(CommonRejection.INVALID_AMOUNT);
            }
            long total = update.amountMinorUnits().getOrElse(amount.minorUnits());
            long itemsSum = items.map(item -> item.totalAmount().minorUnits()).sum().longValue();
            boolean itemsWrong = switch (update.items()) {
                case KEEP -> !items.isEmpty() && itemsSum != total;
                case MISMATCHING -> true;
                case MATCHING, EMPTY -> false;
            };
            if (itemsWrong) {
                return Either.left(CommonRejection.LINE_ITEMS_DO_NOT_SUM_TO_TOTAL);
            }
            if (update.reference().exists(reference -> reference.isBlank() || reference.length() > 255)) {
                return Either.left(CommonRejection.INVALID_FIELD);
            }
            return Either.right(CheckoutSessionKind.OPEN);
        }

        void apply(CheckoutCommand command, CheckoutSession before, Instant now, CheckoutSessionKind next) {
            if (command instanceof CheckoutCommand.Update update) {
                Option<Money> newAmount = update.amountFor(before);
                amount = newAmount.getOrElse(amount);
                items = update.lineItemsFor(before).getOrElse(items);
            }
            kind = next;
        }

        private static RejectionCode refusedIn(CheckoutSessionKind kind) {
            return switch (kind) {
                case EXPIRED -> AcquirerRejection.SESSION_EXPIRED;
                case COMPLETED, CANCELED -> AcquirerRejection.SESSION_ENDED;
                case OPEN, PAYMENT_REGISTERED -> CommonRejection.ACTION_NOT_ALLOWED;
            };
        }
    }
}
