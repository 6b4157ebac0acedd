/**
 * Klarna's notifications over HTTP, shared by both ends: {@link dev.interop.adapters.http.notifications.KlarnaSignature}
 * (the {@code Klarna-Signature} HMAC, made by the sender and checked by the Acquiring Partner's endpoint) and
 * {@link dev.interop.adapters.http.notifications.HttpNotificationSender}, Klarna's side of the wire. An adapter
 * package: it belongs to neither context, so both may use it.
 */
package dev.interop.adapters.http.notifications;
