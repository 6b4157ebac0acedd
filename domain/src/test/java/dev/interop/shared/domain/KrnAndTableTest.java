package dev.interop.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KrnAndTableTest {

    enum State { A, B, DONE }

    enum Action { GO, FINISH }

    @Test
    void builds_and_validates_klarna_resource_names() {
        assertThat(Krn.of("shopping", "eu1", "session", "1b4e28ba-2fa1-11d2-883f-0016d3cca427").value())
                .isEqualTo("krn:shopping:eu1:session:1b4e28ba-2fa1-11d2-883f-0016d3cca427");
        assertThat(Krn.isValid("krn:partner:global:account:test:AB12")).isTrue();
        assertThat(Krn.isValid("urn:x:y")).isFalse();
        assertThat(Krn.isValid("krn:a b:c")).isFalse();
        assertThat(Krn.isValid("krn:x:" + "a".repeat(300))).isFalse();
        assertThatThrownBy(() -> new Krn("krn:")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_table_answers_allowed_actions_and_permitted_edges() {
        TransitionTable<State, Action> table = TransitionTable.builder("t", State.class, Action.class, State.A)
                .on(State.A, Action.GO, State.B)
                .on(State.B, Action.GO, State.A, State.B)
                .on(State.B, Action.FINISH, State.DONE)
                .finals(State.DONE)
                .build();

        assertThat(table.allowedActions(State.B)).containsExactly(Action.GO, Action.FINISH);
        assertThat(table.allowedActions(State.DONE)).isEmpty();
        assertThat(table.permits(State.B, Action.GO, State.A)).isTrue();
        assertThat(table.permits(State.A, Action.FINISH, State.DONE)).isFalse();
        assertThat(table.edges()).hasSize(4);
        assertThat(table.toMermaid()).contains("    B --> DONE : finish\n").contains("    DONE --> [*]\n");
    }

    @Test
    void a_final_state_cannot_have_outgoing_actions() {
        var builder = TransitionTable.builder("t", State.class, Action.class, State.A)
                .on(State.DONE, Action.GO, State.A).finals(State.DONE);

        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class);
    }
}
