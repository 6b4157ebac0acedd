package dev.interop.klarna.application.port.in;

import java.util.Objects;

/** Deletes a webhook ({@code DELETE /v2/notification/webhooks/{webhook_id}}). */
public record DeleteWebhookCommand(String webhookId) {

    public DeleteWebhookCommand {
        Objects.requireNonNull(webhookId, "webhookId");
    }
}
