package dev.interop.klarna.application.port.in;

import dev.interop.klarna.domain.notification.WebhookStatus;
import io.vavr.collection.List;
import java.util.Objects;

/**
 * The Acquiring Partner registers its notification endpoint ({@code POST /v2/notification/webhooks}): where Klarna
 * POSTs, which event types (exact, or a pattern such as {@code payment.request.state-change.*}), the event version
 * ({@code v2}) and whether it is enabled. The URL and patterns are checked by the domain.
 */
public record RegisterWebhookCommand(String url, List<String> eventTypes, String eventVersion,
        WebhookStatus status) {

    public RegisterWebhookCommand {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(eventTypes, "eventTypes");
        Objects.requireNonNull(eventVersion, "eventVersion");
        Objects.requireNonNull(status, "status");
    }
}
