package dev.interop.klarna.domain.notification;

/** Whether Klarna sends notifications to a webhook: only an {@link #ENABLED} one receives any. */
public enum WebhookStatus {
    ENABLED,
    DISABLED
}
