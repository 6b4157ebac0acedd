package dev.interop.acquirer.domain.presentation;

import dev.interop.klarna.domain.presentation.Market;
import dev.interop.shared.network.PresentationInstruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interop.klarna.domain.presentation.PresentationRule;
import dev.interop.klarna.domain.session.SessionKind;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.klarna.domain.session.BoostFeature;
import dev.interop.klarna.domain.session.CustomerIdentity;
import dev.interop.klarna.domain.session.CustomerSession;
import dev.interop.klarna.domain.session.CustomerSessionId;
import dev.interop.klarna.domain.session.CustomerTokenScope;
import dev.interop.klarna.domain.session.PreQualification;
import dev.interop.klarna.domain.session.PreparedPayment;
import dev.interop.shared.domain.Money;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.domain.Transition;
import dev.interop.shared.token.TokenHash;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** R4: from the resolved session, the amount and the market to Klarna's instruction and the arranged methods. */
class PresentationPolicyTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final Money AMOUNT = Money.of(10_000, "EUR");
    private static final PresentationPolicy POLICY = PresentationPolicy.withDefaultMethods();

    /** R4 end to end: Klarna's rule decides the instruction, the Acquiring Partner arranges its methods to it. */
    private static Presentation present(PresentationPolicy policy, Option<CustomerSession> session, Money amount,
            Market market) {
        boolean signedIn = session.exists(resolved -> resolved.kind() == SessionKind.SIGNED_IN);
        return policy.arrange(PresentationRule.instruct(session, amount, market), signedIn);
    }

    private static CustomerSession started() {
        return accept(CustomerSession.start(CustomerSessionId.of("s-1"), PartnerAccountId.of("krn:partner:global:account:test:partner-a"),
                BoostFeature.ON_SITE_MESSAGING, TokenHash.of("t1"), T0));
    }

    private static CustomerSession accept(Either<Rejection, Transition<CustomerSession>> result) {
        assertThat(result.isRight()).as("accepted, but was %s", result).isTrue();
        return result.get().next();
    }

    private static CustomerSession prequalified(Money power) {
        return accept(started().prequalify(PreQualification.approved(power), TokenHash.of("t2"), T0.plusSeconds(1)));
    }

    private static CustomerSession signedIn() {
        return accept(started().signIn(new CustomerIdentity("ada@example.com", Option.none(), Option.none(),
                "ctr-1", TokenHash.of("customer-token"), HashSet.of(CustomerTokenScope.PAYMENT_CUSTOMER_PRESENT)),
                TokenHash.of("t2"), T0.plusSeconds(1)));
    }

    private static CustomerSession prepared() {
        return accept(started().prepare(new PreparedPayment(AMOUNT, "pr-1"), TokenHash.of("t2"), T0.plusSeconds(1)));
    }

    private static CustomerSession approved() {
        return accept(started().approve(AMOUNT, "pr-1", TokenHash.of("t2"), T0.plusSeconds(1)));
    }

    private static List<PaymentMethodType> types(Presentation presentation) {
        return presentation.methods().map(PaymentMethodView::type);
    }

    @Test
    void shows_klarna_in_the_configured_order_when_no_token_was_presented() {
        Presentation presentation = present(POLICY, Option.none(), AMOUNT, Market.DEFAULT);

        assertThat(presentation.instruction()).isEqualTo(PresentationInstruction.SHOW_KLARNA);
        assertThat(types(presentation)).containsExactlyElementsOf(PresentationPolicy.DEFAULT_METHODS);
        assertThat(presentation.methods()).allSatisfy(view -> {
            assertThat(view.preselected()).isFalse();
            assertThat(view.minimized()).isFalse();
        });
    }

    @Test
    void hides_klarna_for_a_currency_the_market_does_not_serve() {
        Presentation presentation = present(POLICY, Option.none(), Money.of(10_000, "JPY"), Market.DEFAULT);

        assertThat(presentation.instruction()).isEqualTo(PresentationInstruction.HIDE_KLARNA);
        assertThat(types(presentation)).containsExactly(PaymentMethodType.CARD, PaymentMethodType.PAYPAL,
                PaymentMethodType.BANK_TRANSFER);
    }

    @Test
    void hides_klarna_in_an_unsupported_market_even_for_a_customer_who_already_approved() {
        assertThat(PresentationRule.instruct(Option.of(approved()), AMOUNT, Market.NONE))
                .isEqualTo(PresentationInstruction.HIDE_KLARNA);
        assertThat(PresentationRule.instruct(Option.of(signedIn()), AMOUNT, Market.of("SEK")))
                .isEqualTo(PresentationInstruction.HIDE_KLARNA);
    }

    @Test
    void preselects_klarna_first_for_a_customer_pre_qualified_for_at_least_the_amount() {
        for (Money power : List.of(AMOUNT, Money.of(50_000, "EUR"))) {
            Presentation presentation = present(POLICY, Option.of(prequalified(power)), AMOUNT, Market.DEFAULT);

            assertThat(presentation.instruction()).isEqualTo(PresentationInstruction.PRESELECT_KLARNA);
            assertThat(presentation.methods()).containsExactly(
                    new PaymentMethodView(PaymentMethodType.KLARNA, true, false),
                    PaymentMethodView.plain(PaymentMethodType.CARD),
                    PaymentMethodView.plain(PaymentMethodType.PAYPAL),
                    PaymentMethodView.plain(PaymentMethodType.BANK_TRANSFER));
        }
    }

    @Test
    void only_shows_klarna_for_a_customer_pre_qualified_for_less_than_the_amount_or_in_another_currency() {
        assertThat(PresentationRule.instruct(Option.of(prequalified(Money.of(9_999, "EUR"))), AMOUNT, Market.DEFAULT))
                .isEqualTo(PresentationInstruction.SHOW_KLARNA);
        assertThat(PresentationRule.instruct(Option.of(prequalified(Money.of(1_000_000, "SEK"))), AMOUNT, Market.DEFAULT))
                .isEqualTo(PresentationInstruction.SHOW_KLARNA);
    }

    @Test
    void only_shows_klarna_for_a_customer_who_was_not_pre_qualified() {
        CustomerSession notApproved = accept(started().prequalify(PreQualification.notApproved(),
                TokenHash.of("t2"), T0.plusSeconds(1)));

        assertThat(PresentationRule.instruct(Option.of(notApproved), AMOUNT, Market.DEFAULT))
                .isEqualTo(PresentationInstruction.SHOW_KLARNA);
    }

    @Test
    void only_shows_klarna_for_a_session_that_learned_nothing_yet() {
        assertThat(PresentationRule.instruct(Option.of(started()), AMOUNT, Market.DEFAULT))
                .isEqualTo(PresentationInstruction.SHOW_KLARNA);
    }

    @Test
    void preselects_klarna_and_minimizes_the_other_methods_for_a_signed_in_customer() {
        Presentation presentation = present(POLICY, Option.of(signedIn()), AMOUNT, Market.DEFAULT);

        assertThat(presentation.instruction()).isEqualTo(PresentationInstruction.PRESELECT_KLARNA);
        assertThat(presentation.methods()).containsExactly(
                new PaymentMethodView(PaymentMethodType.KLARNA, true, false),
                new PaymentMethodView(PaymentMethodType.CARD, false, true),
                new PaymentMethodView(PaymentMethodType.PAYPAL, false, true),
                new PaymentMethodView(PaymentMethodType.BANK_TRANSFER, false, true));
    }

    @Test
    void a_signed_in_customer_gets_klarna_preselected_whatever_the_purchase_power() {
        CustomerSession lowPower = accept(prequalified(Money.of(1, "EUR")).signIn(new CustomerIdentity(
                "ada@example.com", Option.none(), Option.none(), "ctr-1", TokenHash.of("customer-token"),
                HashSet.of(CustomerTokenScope.PAYMENT_CUSTOMER_PRESENT)), TokenHash.of("t3"), T0.plusSeconds(2)));

        assertThat(present(POLICY, Option.of(lowPower), AMOUNT, Market.DEFAULT).methods().tail())
                .allSatisfy(view -> assertThat(view.minimized()).isTrue());
    }

    @Test
    void shows_only_klarna_when_express_checkout_prepared_the_payment() {
        Presentation presentation = present(POLICY, Option.of(prepared()), AMOUNT, Market.DEFAULT);

        assertThat(presentation.instruction()).isEqualTo(PresentationInstruction.SHOW_ONLY_KLARNA);
        assertThat(presentation.methods()).containsExactly(new PaymentMethodView(PaymentMethodType.KLARNA, true,
                false));
    }

    @Test
    void shows_only_klarna_when_the_customer_already_approved_and_the_payment_awaits_confirmation() {
        assertThat(present(POLICY, Option.of(approved()), AMOUNT, Market.DEFAULT).instruction())
                .isEqualTo(PresentationInstruction.SHOW_ONLY_KLARNA);
    }

    @Test
    void treats_a_consumed_or_expired_session_like_no_session() {
        CustomerSession consumed = accept(approved().consume("tx-1", T0.plusSeconds(2)));
        CustomerSession expired = accept(signedIn().expire(T0.plus(Duration.ofHours(24))));

        assertThat(PresentationRule.instruct(Option.of(consumed), AMOUNT, Market.DEFAULT))
                .isEqualTo(PresentationInstruction.SHOW_KLARNA);
        assertThat(PresentationRule.instruct(Option.of(expired), AMOUNT, Market.DEFAULT))
                .isEqualTo(PresentationInstruction.SHOW_KLARNA);
        assertThat(PresentationRule.instruct(Option.of(expired), Money.of(1, "JPY"), Market.DEFAULT))
                .isEqualTo(PresentationInstruction.HIDE_KLARNA);
    }

    @Test
    void keeps_a_configured_order_and_moves_klarna_first_only_when_preselected() {
        PresentationPolicy policy = new PresentationPolicy(List.of(PaymentMethodType.PAYPAL, PaymentMethodType.CARD,
                PaymentMethodType.KLARNA));

        assertThat(types(present(policy, Option.none(), AMOUNT, Market.DEFAULT))).containsExactly(
                PaymentMethodType.PAYPAL, PaymentMethodType.CARD, PaymentMethodType.KLARNA);
        assertThat(types(present(policy, Option.of(signedIn()), AMOUNT, Market.DEFAULT))).containsExactly(
                PaymentMethodType.KLARNA, PaymentMethodType.PAYPAL, PaymentMethodType.CARD);
        assertThat(types(present(policy, Option.none(), AMOUNT, Market.NONE))).containsExactly(
                PaymentMethodType.PAYPAL, PaymentMethodType.CARD);
    }

    @Test
    void an_acquiring_partner_that_offers_only_klarna_lists_nothing_when_klarna_is_hidden() {
        PresentationPolicy klarnaOnly = new PresentationPolicy(List.of(PaymentMethodType.KLARNA));

        assertThat(present(klarnaOnly, Option.none(), AMOUNT, Market.NONE).methods()).isEmpty();
    }

    @Test
    void arranges_an_instruction_klarna_sent_and_minimizes_only_under_preselection() {
        assertThat(POLICY.arrange(PresentationInstruction.SHOW_KLARNA, true).methods())
                .allSatisfy(view -> assertThat(view.minimized()).isFalse());
        assertThat(POLICY.arrange(PresentationInstruction.PRESELECT_KLARNA, false).methods().tail())
                .allSatisfy(view -> assertThat(view.minimized()).isFalse());
        assertThat(POLICY.arrange(PresentationInstruction.PRESELECT_KLARNA, true).methods().tail())
                .allSatisfy(view -> assertThat(view.minimized()).isTrue());
    }

    @Test
    void refuses_a_method_list_without_klarna_or_with_duplicates() {
        assertThatThrownBy(() -> new PresentationPolicy(List.of(PaymentMethodType.CARD)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PresentationPolicy(List.of(PaymentMethodType.KLARNA, PaymentMethodType.KLARNA)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_presentation_that_does_not_follow_its_instruction_cannot_be_built() {
        assertThatThrownBy(() -> new Presentation(PresentationInstruction.HIDE_KLARNA,
                List.of(PaymentMethodView.plain(PaymentMethodType.KLARNA))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Presentation(PresentationInstruction.PRESELECT_KLARNA,
                List.of(PaymentMethodView.plain(PaymentMethodType.CARD),
                        new PaymentMethodView(PaymentMethodType.KLARNA, true, false))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Presentation(PresentationInstruction.SHOW_ONLY_KLARNA,
                List.of(new PaymentMethodView(PaymentMethodType.KLARNA, true, false),
                        PaymentMethodView.plain(PaymentMethodType.CARD))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PaymentMethodView(PaymentMethodType.KLARNA, true, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_default_market_serves_the_sandbox_currencies_and_is_configurable() {
        assertThat(Market.DEFAULT.currencies().map(Object::toString)).containsExactlyInAnyOrder("EUR", "SEK", "NOK",
                "DKK", "GBP", "USD", "CHF", "PLN", "AUD", "CAD", "CZK", "NZD", "RON", "HUF");
        assertThat(Market.of("SEK").supports(Money.of(1, "SEK"))).isTrue();
        assertThat(Market.of("SEK").supports(Money.of(1, "EUR"))).isFalse();
    }
}
