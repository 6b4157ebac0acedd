package dev.interop.klarna.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventTypesTest {

    @Test
    void names_each_state_change_in_lower_case_with_dashes() {
        assertThat(EventTypes.stateChange(PaymentRequestStateKind.COMPLETED))
                .isEqualTo("payment.request.state-change.completed");
        assertThat(EventTypes.stateChange(PaymentRequestStateKind.IN_PROGRESS))
                .isEqualTo("payment.request.state-change.in-progress");
        assertThat(EventTypes.ALL).hasSize(PaymentRequestStateKind.values().length).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @EnumSource(PaymentRequestStateKind.class)
    void the_state_change_wildcard_matches_every_state(PaymentRequestStateKind state) {
        String type = EventTypes.stateChange(state);

        assertThat(EventTypes.matches(EventTypes.STATE_CHANGE_WILDCARD, type)).isTrue();
        assertThat(EventTypes.matches("payment.request.*", type)).isTrue();
        assertThat(EventTypes.matches("payment.*", type)).isTrue();
        assertThat(EventTypes.matches(type, type)).isTrue();
    }

    @Test
    void an_exact_type_matches_only_itself() {
        assertThat(EventTypes.matches("payment.request.state-change.completed",
                "payment.request.state-change.completed")).isTrue();
        assertThat(EventTypes.matches("payment.request.state-change.completed",
                "payment.request.state-change.canceled")).isFalse();
        assertThat(EventTypes.matches("payment.request.state-change.complete",
                "payment.request.state-change.completed")).isFalse();
    }

    @Test
    void a_wildcard_matches_only_below_its_prefix_at_a_dot() {
        assertThat(EventTypes.matches("payment.request.state-change.*", "payment.request.state-change"))
                .isFalse();
        assertThat(EventTypes.matches("payment.req.*", "payment.request.state-change.completed")).isFalse();
        assertThat(EventTypes.matches("payment.request.state.*", "payment.request.state-change.completed"))
                .isFalse();
        assertThat(EventTypes.matches(".*", "payment.request.state-change.completed")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"payment.request.state-change.*", "payment.request.*", "payment.*",
            "payment.request.state-change.completed", "payment.request.state-change.in-progress"})
    void accepts_patterns_that_match_an_event_type_klarna_sends(String pattern) {
        assertThat(EventTypes.isValidPattern(pattern)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "*", ".*", "payment.request.state-change.in_progress",
            "payment.request.state-change.COMPLETED", "payment.request.state-change.done", "order.*",
            "payment.request.state-change.completed.*", "payment.request.state-change*"})
    void refuses_patterns_that_match_nothing_klarna_sends(String pattern) {
        assertThat(EventTypes.isValidPattern(pattern)).isFalse();
    }
}
