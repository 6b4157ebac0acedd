package dev.interop.klarna.application.inmemory;

import dev.interop.klarna.application.port.out.WebhookRepository;
import dev.interop.klarna.domain.notification.Webhook;
import dev.interop.shared.application.inmemory.InMemoryDatabase;
import io.vavr.collection.List;
import io.vavr.control.Option;

/** {@link WebhookRepository} on an {@link InMemoryDatabase}; a retired key goes with the webhook's old version. */
public final class InMemoryWebhookRepository implements WebhookRepository {

    private final InMemoryDatabase.Table<String, Webhook> webhooks;

    public InMemoryWebhookRepository(InMemoryDatabase db) {
        this.webhooks = db.table("klarna_webhooks");
    }

    @Override
    public void save(Webhook webhook) {
        webhooks.saveVersioned(webhook.id(), webhook, webhook.version(), Webhook::version);
    }

    @Override
    public Option<Webhook> findById(String id) {
        return webhooks.get(id);
    }

    @Override
    public List<Webhook> findAll() {
        return webhooks.rows().values().toList().sortBy(Webhook::createdAt);
    }

    @Override
    public boolean delete(String id) {
        if (webhooks.get(id).isEmpty()) {
            return false;
        }
        webhooks.remove(id);
        return true;
    }
}
