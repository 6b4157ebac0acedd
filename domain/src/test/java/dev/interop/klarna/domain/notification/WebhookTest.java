package dev.interop.klarna.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.shared.domain.Rejection;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookTest {

    private static final Instant T0 = Instant.parse("2026-12-04T20:00:00Z");
    private static final SigningKey KEY = SigningKey.of("k1", "klarna_whsec_" + "a".repeat(43), T0);

    private static Either<Rejection, Webhook> register(String url, List<String> types, String version) {
        return Webhook.register("w1", url, types, version, WebhookStatus.ENABLED, KEY, T0);
    }

    @Test
    void registers_with_krn_ids_at_version_one() {
        Webhook webhook = register("https://ap.example/klarna/v1/notifications",
                List.of(EventTypes.STATE_CHANGE_WILDCARD), "v2").get();

        assertThat(webhook.id()).isEqualTo("krn:partner:global:notification:webhook:w1");
        assertThat(webhook.signingKey().id()).isEqualTo("krn:partner:global:notification:signing-key:k1");
        assertThat(webhook.version()).isEqualTo(1);
        assertThat(Webhook.isId(webhook.id())).isTrue();
    }

    @Test
    void refuses_bad_input_naming_the_field() {
        assertThat(register("ftp://ap.example/x", List.of("payment.*"), "v2").getLeft().field()).contains("url");
        assertThat(register("/relative", List.of("payment.*"), "v2").getLeft().field()).contains("url");
        assertThat(register("https://ap.example/x", List.empty(), "v2").getLeft().field()).contains("event_types");
        assertThat(register("https://ap.example/x", List.of("payment.*", "order.*"), "v2").getLeft().field())
                .contains("event_types[1]");
        assertThat(register("https://ap.example/x", List.of("payment.*", "payment.*"), "v2").getLeft().field())
                .contains("event_types[1]");
        assertThat(register("https://ap.example/x", List.of("payment.*"), "v1").getLeft().field())
                .contains("event_version");
    }

    @Test
    void accepts_only_matching_event_types_while_enabled() {
        Webhook completedOnly = register("https://ap.example/x",
                List.of("payment.request.state-change.completed"), "v2").get();
        Webhook disabled = Webhook.register("w2", "https://ap.example/x", List.of(EventTypes.STATE_CHANGE_WILDCARD),
                "v2", WebhookStatus.DISABLED, KEY, T0).get();

        assertThat(completedOnly.accepts("payment.request.state-change.completed")).isTrue();
        assertThat(completedOnly.accepts("payment.request.state-change.declined")).isFalse();
        assertThat(disabled.accepts("payment.request.state-change.completed")).isFalse();
    }

    @Test
    void rotation_replaces_the_key_one_version_later() {
        Webhook webhook = register("https://ap.example/x", List.of("payment.*"), "v2").get();
        SigningKey next = SigningKey.of("k2", "klarna_whsec_" + "b".repeat(43), T0.plusSeconds(5));

        Webhook rotated = webhook.rotate(next);

        assertThat(rotated.signingKey()).isEqualTo(next);
        assertThat(rotated.version()).isEqualTo(2);
        assertThat(rotated.toString()).doesNotContain("bbbb");
    }
}
