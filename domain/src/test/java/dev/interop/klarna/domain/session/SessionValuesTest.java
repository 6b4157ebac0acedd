package dev.interop.klarna.domain.session;

import static dev.interop.klarna.domain.session.Sessions.HUNDRED_EUR;
import static dev.interop.klarna.domain.session.Sessions.T0;
import static dev.interop.klarna.domain.session.Sessions.hash;
import static dev.interop.klarna.domain.session.Sessions.identity;
import static dev.interop.klarna.domain.session.Sessions.minutes;
import static dev.interop.klarna.domain.session.Sessions.started;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.domain.Money;
import dev.interop.shared.token.TokenHash;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class SessionValuesTest {

    @Test
    void a_session_id_is_a_shopping_session_krn_built_from_its_unique_part() {
        CustomerSessionId id = CustomerSessionId.of("1b4e28ba-2fa1-11d2-883f-0016d3cca427");

        assertThat(id.value()).isEqualTo("krn:shopping:eu1:session:1b4e28ba-2fa1-11d2-883f-0016d3cca427");
        assertThat(id.unique()).isEqualTo("1b4e28ba-2fa1-11d2-883f-0016d3cca427");
        assertThat(CustomerSessionId.fromKrn(id.value())).isEqualTo(id);
    }

    @Test
    void rejects_a_session_id_of_another_shape() {
        assertThat(CustomerSessionId.parse("krn:payment:eu1:request:abc", "customer_session_id").getLeft().code())
                .isEqualTo(CommonRejection.INVALID_FIELD);
        assertThat(CustomerSessionId.parse("krn:shopping:eu1:session:", "customer_session_id").isLeft()).isTrue();
        assertThat(CustomerSessionId.parse("krn:shopping:eu1:session:a:b", "customer_session_id").isLeft()).isTrue();
        assertThat(CustomerSessionId.parse(null, "customer_session_id").isLeft()).isTrue();
        assertThatThrownBy(() -> CustomerSessionId.of("has space")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void customer_token_scopes_travel_under_klarnas_names() {
        assertThat(List.of(CustomerTokenScope.values()).map(CustomerTokenScope::wireName))
                .containsExactly("payment:customer_present", "payment:customer_not_present", "customer:login");
        assertThat(CustomerTokenScope.fromWireName("customer:login")).contains(CustomerTokenScope.CUSTOMER_LOGIN);
        assertThat(CustomerTokenScope.parse("payment:everything", "scopes").getLeft().code())
                .isEqualTo(CommonRejection.INVALID_FIELD);
    }

    @Test
    void a_customer_identity_needs_an_email_address_and_a_scope_and_masks_the_address_when_printed() {
        assertThat(identity().toString()).doesNotContain("ada@").contains("a***@example.com");
        assertThatThrownBy(() -> new CustomerIdentity("not-an-address", Option.none(), Option.none(), "ctr",
                TokenHash.of("c"), HashSet.of(CustomerTokenScope.CUSTOMER_LOGIN)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CustomerIdentity("ada@example.com", Option.none(), Option.none(), "ctr",
                TokenHash.of("c"), HashSet.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CustomerIdentity("ada@example.com", Option.of(" "), Option.none(), "ctr",
                TokenHash.of("c"), HashSet.of(CustomerTokenScope.CUSTOMER_LOGIN)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_pre_qualification_covers_amounts_up_to_its_purchase_power_in_its_own_currency() {
        PreQualification approved = PreQualification.approved(HUNDRED_EUR);

        assertThat(approved.covers(Money.of(10_000, "EUR"))).isTrue();
        assertThat(approved.covers(Money.of(9_999, "EUR"))).isTrue();
        assertThat(approved.covers(Money.of(10_001, "EUR"))).isFalse();
        assertThat(approved.covers(Money.of(100, "SEK"))).isFalse();
        assertThat(PreQualification.notApproved().covers(Money.of(1, "EUR"))).isFalse();
        assertThat(new PreQualification(true, Option.none()).covers(Money.of(1, "EUR"))).isFalse();
    }

    @Test
    void a_customer_who_was_not_pre_qualified_has_no_purchase_power() {
        assertThatThrownBy(() -> new PreQualification(false, Option.of(HUNDRED_EUR)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PreQualification(true, Option.of(Money.of(0, "EUR"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_approval_token_is_valid_until_60_minutes_after_completion() {
        assertThat(new Approval(HUNDRED_EUR, "pr-1", T0).tokenValidUntil()).isEqualTo(minutes(60));
    }

    @Test
    void an_issued_token_is_valid_strictly_before_its_end() {
        IssuedToken limited = new IssuedToken(hash(1), T0, Option.of(minutes(60)));
        IssuedToken unlimited = new IssuedToken(hash(1), T0, Option.none());

        assertThat(limited.isValidAt(minutes(60).minusNanos(1))).isTrue();
        assertThat(limited.isValidAt(minutes(60))).isFalse();
        assertThat(unlimited.isValidAt(T0.plusSeconds(86_400 * 365))).isTrue();
        assertThatThrownBy(() -> new IssuedToken(hash(1), T0, Option.of(T0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_stored_session_is_rebuilt_only_when_its_invariants_hold() {
        CustomerSession session = started();

        assertThat(new CustomerSession(session.id(), session.partner(), session.origin(), session.identity(),
                session.preQualification(), session.preparedPayment(), session.approval(), session.touchPoints(),
                session.tokens(), session.lifecycle(), session.createdAt(), session.expiresAt(), session.version(),
                session.eventCount())).isEqualTo(session);
        assertThatThrownBy(() -> new CustomerSession(session.id(), session.partner(), session.origin(),
                session.identity(), session.preQualification(), session.preparedPayment(), session.approval(),
                session.touchPoints(), session.tokens().append(session.currentToken()), session.lifecycle(),
                session.createdAt(), session.expiresAt(), session.version(), session.eventCount()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CustomerSession(session.id(), session.partner(), session.origin(),
                session.identity(), session.preQualification(), session.preparedPayment(), session.approval(),
                session.touchPoints(), List.empty(), session.lifecycle(), session.createdAt(), session.expiresAt(),
                session.version(), session.eventCount())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CustomerSession(session.id(), session.partner(), session.origin(),
                session.identity(), session.preQualification(), session.preparedPayment(), session.approval(),
                session.touchPoints(), session.tokens(), session.lifecycle(), session.createdAt(), session.expiresAt(),
                3, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
