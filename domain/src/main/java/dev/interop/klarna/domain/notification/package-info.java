/**
 * Klarna's side: notifications to the Acquiring Partner. The webhooks it registers (with the signing keys Klarna
 * signs with), the event types a webhook may subscribe to, the notification envelope exactly as it goes over the
 * wire ({@code docs/klarna-wire.md} "Notifications"), the outbox entry that carries one notification to one webhook
 * until it is delivered or given up, and the retry schedule. Pure: time, ids and secrets come in as arguments (R16).
 */
package dev.interop.klarna.domain.notification;
