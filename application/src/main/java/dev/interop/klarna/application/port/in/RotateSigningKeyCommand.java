package dev.interop.klarna.application.port.in;

import java.util.Objects;

/** Gives a webhook a new signing key ({@code POST /v2/notification/webhooks/{webhook_id}/signing-keys}). */
public record RotateSigningKeyCommand(String webhookId) {

    public RotateSigningKeyCommand {
        Objects.requireNonNull(webhookId, "webhookId");
    }
}
