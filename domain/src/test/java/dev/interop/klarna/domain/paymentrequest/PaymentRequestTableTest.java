package dev.interop.klarna.domain.paymentrequest;

import static dev.interop.klarna.domain.paymentrequest.PaymentRequestAction.ABORT;
import static dev.interop.klarna.domain.paymentrequest.PaymentRequestAction.CANCEL;
import static dev.interop.klarna.domain.paymentrequest.PaymentRequestAction.CHANGE_SHIPPING;
import static dev.interop.klarna.domain.paymentrequest.PaymentRequestAction.COMPLETE;
import static dev.interop.klarna.domain.paymentrequest.PaymentRequestAction.DECLINE;
import static dev.interop.klarna.domain.paymentrequest.PaymentRequestAction.EXPIRE;
import static dev.interop.klarna.domain.paymentrequest.PaymentRequestAction.START;
import static dev.interop.klarna.domain.paymentrequest.PaymentRequestAction.UPDATE;
import static dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind.CANCELED;
import static dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind.COMPLETED;
import static dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind.DECLINED;
import static dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind.EXPIRED;
import static dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind.IN_PROGRESS;
import static dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.shared.domain.TransitionTable.Edge;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PaymentRequestTableTest {

    @Test
    void holds_exactly_the_documented_edges() {
        assertThat(PaymentRequest.TABLE.edges()).containsExactlyInAnyOrder(
                new Edge<>(SUBMITTED, START, IN_PROGRESS),
                new Edge<>(SUBMITTED, UPDATE, SUBMITTED),
                new Edge<>(SUBMITTED, CANCEL, CANCELED),
                new Edge<>(SUBMITTED, EXPIRE, EXPIRED),
                new Edge<>(SUBMITTED, DECLINE, DECLINED),
                new Edge<>(IN_PROGRESS, ABORT, SUBMITTED),
                new Edge<>(IN_PROGRESS, COMPLETE, COMPLETED),
                new Edge<>(IN_PROGRESS, CHANGE_SHIPPING, IN_PROGRESS),
                new Edge<>(IN_PROGRESS, CANCEL, CANCELED),
                new Edge<>(IN_PROGRESS, EXPIRE, EXPIRED),
                new Edge<>(IN_PROGRESS, DECLINE, DECLINED));
    }

    @Test
    void starts_in_submitted_and_ends_in_the_four_final_states() {
        assertThat(PaymentRequest.TABLE.initial()).isEqualTo(SUBMITTED);
        assertThat(PaymentRequest.TABLE.finals()).containsExactlyInAnyOrder(COMPLETED, CANCELED, EXPIRED, DECLINED);
    }

    @Test
    void the_kind_enum_agrees_with_the_table_on_which_states_are_final() {
        Arrays.stream(PaymentRequestStateKind.values()).forEach(kind ->
                assertThat(kind.isFinal()).as(kind.name()).isEqualTo(PaymentRequest.TABLE.isFinal(kind)));
    }

    @Test
    void only_a_submitted_request_is_updatable() {
        assertThat(PaymentRequest.TABLE.allowedActions(SUBMITTED)).contains(UPDATE);
        assertThat(PaymentRequest.TABLE.allowedActions(IN_PROGRESS)).doesNotContain(UPDATE);
    }

    @Test
    void draws_every_edge_in_the_mermaid_diagram() {
        String diagram = PaymentRequest.TABLE.toMermaid();

        assertThat(diagram).contains("[*] --> SUBMITTED", "IN_PROGRESS --> SUBMITTED : abort",
                "IN_PROGRESS --> COMPLETED : complete", "COMPLETED --> [*]");
    }
}
