package dev.interop.klarna.application.port.in;

/** Lists every registered webhook ({@code GET /v2/notification/webhooks}); there is nothing to choose. */
public record ListWebhooksCommand() {
}
