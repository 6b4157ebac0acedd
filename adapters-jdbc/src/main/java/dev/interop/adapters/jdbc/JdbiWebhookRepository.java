package dev.interop.adapters.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interop.klarna.application.port.out.WebhookRepository;
import dev.interop.klarna.domain.notification.SigningKey;
import dev.interop.klarna.domain.notification.Webhook;
import dev.interop.klarna.domain.notification.WebhookStatus;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Klarna's webhooks in {@code klarna_webhooks}, their signing keys in {@code klarna_webhook_signing_keys}: the
 * current key has no {@code retired_at}; a rotation retires it (at the new key's creation time) and inserts the new
 * one in the same transaction as the webhook's optimistic update (R14). {@code event_types} is a JSON array.
 * Signing secrets are stored in plain text on purpose (the sandbox keeps signing with them; the database is
 * protected as a whole) and never logged.
 */
public final class JdbiWebhookRepository implements WebhookRepository {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<java.util.List<String>> STRINGS = new TypeReference<>() {
    };

    private static final String SELECT = "SELECT w.id, w.url, w.event_types, w.event_version, w.status,"
            + " w.created_at, w.version, k.id AS key_id, k.secret AS key_secret, k.created_at AS key_created_at"
            + " FROM klarna_webhooks w JOIN klarna_webhook_signing_keys k"
            + " ON k.webhook_id = w.id AND k.retired_at IS NULL";

    private static final RowMapper<Webhook> ROW = (rs, ctx) -> {
        String id = rs.getString("id");
        try {
            return new Webhook(id, rs.getString("url"), List.ofAll(readTypes(rs.getString("event_types"))),
                    rs.getString("event_version"), WebhookStatus.valueOf(rs.getString("status")),
                    new SigningKey(rs.getString("key_id"), rs.getString("key_secret"),
                            Rows.instant(rs, "key_created_at")),
                    Rows.instant(rs, "created_at"), rs.getLong("version"));
        } catch (IllegalArgumentException | NullPointerException invalid) {
            throw new CorruptDocumentException("webhook row " + id + " breaks an invariant", invalid);
        }
    };

    private final JdbiTransactions transactions;

    public JdbiWebhookRepository(JdbiTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void save(Webhook webhook) {
        transactions.write(handle -> {
            Rows.saveVersioned(handle, "klarna_webhooks", webhook.id(), webhook.version(),
                    "INSERT INTO klarna_webhooks (id, url, event_types, event_version, status, created_at, version)"
                            + " VALUES (:id, :url, :eventTypes, :eventVersion, :status, :createdAt, :version)",
                    "UPDATE klarna_webhooks SET url = :url, event_types = :eventTypes,"
                            + " event_version = :eventVersion, status = :status, version = :version"
                            + " WHERE id = :id AND version = :expected",
                    update -> update.bind("id", webhook.id()).bind("url", webhook.url())
                            .bind("eventTypes", writeTypes(webhook.eventTypes()))
                            .bind("eventVersion", webhook.eventVersion()).bind("status", webhook.status().name())
                            .bind("createdAt", webhook.createdAt()).bind("version", webhook.version()));
            keepCurrentKey(handle, webhook);
            return null;
        });
    }

    /** Makes the webhook's key the current one: retires any other current key and inserts it if new. */
    private static void keepCurrentKey(Handle handle, Webhook webhook) {
        SigningKey key = webhook.signingKey();
        boolean known = handle.createQuery("SELECT COUNT(*) FROM klarna_webhook_signing_keys"
                        + " WHERE id = :id AND webhook_id = :webhook AND retired_at IS NULL")
                .bind("id", key.id()).bind("webhook", webhook.id()).mapTo(Long.class).one() > 0;
        if (known) {
            return;
        }
        handle.createUpdate("UPDATE klarna_webhook_signing_keys SET retired_at = :at"
                        + " WHERE webhook_id = :webhook AND retired_at IS NULL")
                .bind("at", key.createdAt()).bind("webhook", webhook.id()).execute();
        SqlErrors.uniqueAsConflict("signing key " + key.id() + " exists already",
                () -> handle.createUpdate("INSERT INTO klarna_webhook_signing_keys (id, webhook_id, secret,"
                                + " created_at) VALUES (:id, :webhook, :secret, :createdAt)")
                        .bind("id", key.id()).bind("webhook", webhook.id()).bind("secret", key.secret())
                        .bind("createdAt", key.createdAt()).execute());
    }

    @Override
    public Option<Webhook> findById(String id) {
        return transactions.read(handle -> Option.ofOptional(handle.createQuery(SELECT + " WHERE w.id = :id")
                .bind("id", id).map(ROW).findOne()));
    }

    @Override
    public List<Webhook> findAll() {
        return transactions.read(handle -> List.ofAll(handle.createQuery(SELECT + " ORDER BY w.created_at, w.id")
                .map(ROW).list()));
    }

    @Override
    public boolean delete(String id) {
        return transactions.write(handle -> {
            handle.createUpdate("DELETE FROM klarna_webhook_signing_keys WHERE webhook_id = :id").bind("id", id)
                    .execute();
            return handle.createUpdate("DELETE FROM klarna_webhooks WHERE id = :id").bind("id", id).execute() > 0;
        });
    }

    private static String writeTypes(List<String> types) {
        try {
            return MAPPER.writeValueAsString(types.toJavaList());
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a list of strings always serializes", impossible);
        }
    }

    private static java.util.List<String> readTypes(String text) {
        try {
            return MAPPER.readValue(text, STRINGS);
        } catch (JsonProcessingException malformed) {
            throw new CorruptDocumentException("event_types is not a JSON array of strings");
        }
    }
}
