package dev.interop.klarna.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind;
import dev.interop.klarna.domain.paymentrequest.StateReason;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NotificationEnvelopeTest {

    private static final Instant AT = Instant.parse("2026-12-04T20:00:00Z");
    private static final String TOKEN = "krn:network:eu1:test:session-token:abc_DEF-123";

    private static NotificationEnvelope completed() {
        return new NotificationEnvelope("e1", AT, "krn:partner:global:account:test:ABC",
                NotificationEnvelope.RECIPIENT_ACCOUNT_ID, "krn:partner:global:notification:webhook:w1",
                "krn:payment:eu1:request:r1", Option.of("pay_1"), PaymentRequestStateKind.COMPLETED,
                Option.of(PaymentRequestStateKind.IN_PROGRESS), Option.none(),
                Option.of(InteroperabilityToken.of(TOKEN)));
    }

    @Test
    void writes_the_envelope_of_the_wire_contract_in_a_fixed_order() {
        assertThat(completed().toJson()).isEqualTo("{\"metadata\":{"
                + "\"event_type\":\"payment.request.state-change.completed\",\"event_id\":\"e1\","
                + "\"event_version\":\"v2\",\"occurred_at\":\"2026-12-04T20:00:00Z\","
                + "\"subject_account_id\":\"krn:partner:global:account:test:ABC\","
                + "\"recipient_account_id\":\"krn:partner:global:account:test:acquirer\","
                + "\"webhook_id\":\"krn:partner:global:notification:webhook:w1\"},"
                + "\"payload\":{\"payment_request_id\":\"krn:payment:eu1:request:r1\","
                + "\"payment_request_reference\":\"pay_1\",\"state\":\"COMPLETED\","
                + "\"previous_state\":\"IN_PROGRESS\",\"state_reason\":null,"
                + "\"klarna_network_session_token\":\"" + TOKEN + "\"}}");
    }

    @Test
    void leaves_the_token_out_of_every_other_state_and_writes_absent_values_as_null() {
        NotificationEnvelope canceled = new NotificationEnvelope("e2", AT, "krn:partner:global:account:test:ABC",
                NotificationEnvelope.RECIPIENT_ACCOUNT_ID, "krn:partner:global:notification:webhook:w1",
                "krn:payment:eu1:request:r1", Option.none(), PaymentRequestStateKind.CANCELED,
                Option.of(PaymentRequestStateKind.SUBMITTED), Option.of(StateReason.PARTNER_CANCELED), Option.none());

        assertThat(canceled.toJson()).contains("\"event_type\":\"payment.request.state-change.canceled\"")
                .contains("\"payment_request_reference\":null").contains("\"state_reason\":\"PARTNER_CANCELED\"")
                .doesNotContain("klarna_network_session_token");
        assertThatThrownBy(() -> new NotificationEnvelope("e3", AT, "a", "b", "c", "d", Option.none(),
                PaymentRequestStateKind.DECLINED, Option.none(), Option.none(), Option.of(InteroperabilityToken.of(
                        TOKEN)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void escapes_what_json_must_escape() {
        NotificationEnvelope odd = new NotificationEnvelope("e4", AT, "krn:partner:global:account:test:ABC",
                NotificationEnvelope.RECIPIENT_ACCOUNT_ID, "w", "r", Option.of("a\"b\\c\n\u0001"),
                PaymentRequestStateKind.SUBMITTED, Option.none(), Option.none(), Option.none());

        assertThat(odd.toJson()).contains("\"payment_request_reference\":\"a\\\"b\\\\c\\n\\u0001\"");
    }

    @Test
    void redaction_removes_the_token_and_nothing_else() {
        String body = completed().toJson();
        String redacted = NotificationEnvelope.redact(body);

        assertThat(redacted).doesNotContain(TOKEN).contains("\"klarna_network_session_token\":\"[redacted]\"")
                .isEqualTo(body.replace(TOKEN, "[redacted]"));
        assertThat(NotificationEnvelope.redact(redacted)).isEqualTo(redacted);
    }
}
