package dev.interop.klarna.application.port.out;

import dev.interop.klarna.domain.notification.Webhook;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * Klarna's registered webhooks with their current signing keys. Joins the current unit of work.
 *
 * <p>The signing secret is stored as it is, not hashed: the sandbox must keep signing with it (it is a test double
 * of Klarna; its storage is protected as a whole). Invariants: ids and signing key ids are unique; {@link #save} is
 * optimistic (R14): version 1 inserts (an existing id is a
 * {@link dev.interop.shared.application.port.ConcurrentUpdateException}), version {@code v} replaces the stored
 * version {@code v - 1} and anything else is a {@code ConcurrentUpdateException} that changes nothing. A signing key
 * replaced by a rotation is kept as retired, never signs again and is deleted with its webhook.
 */
public interface WebhookRepository {

    void save(Webhook webhook);

    Option<Webhook> findById(String id);

    /** Every webhook, in registration order (oldest first). */
    List<Webhook> findAll();

    /** Deletes the webhook and its keys; false when there was none. */
    boolean delete(String id);
}
