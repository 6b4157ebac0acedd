package dev.interop.shared.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.shared.network.PartnerAccountId;
import dev.interop.klarna.domain.paymentrequest.Intent;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestEvent;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;
import dev.interop.shared.domain.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventPayloadsTest {

    private static final Instant AT = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void writes_an_event_as_snake_case_json_with_money_as_in_the_api_and_its_time_kept_apart() {
        var event = new PaymentRequestEvent.Submitted(PaymentRequestId.of("6f1c2d3e-0000-4000-8000-000000000001"),
                PartnerAccountId.of("krn:partner:global:account:test:ptr_1"), Intent.PREPARATION,
                Money.of(10_990, "EUR"), AT.plusSeconds(3 * 3600), AT);

        String json = EventPayloads.toJson(event);

        assertThat(json).isEqualTo("{\"payment_request_id\":\"krn:payment:eu1:request:"
                + "6f1c2d3e-0000-4000-8000-000000000001\",\"partner\":\"krn:partner:global:account:test:ptr_1\",\"intent\":\"PREPARATION\","
                + "\"amount\":{\"amount\":10990,\"currency\":\"EUR\"},\"expires_at\":\"2026-01-01T13:00:00Z\"}");
        assertThat(EventPayloads.occurredAt(event)).contains(AT);
    }
}
