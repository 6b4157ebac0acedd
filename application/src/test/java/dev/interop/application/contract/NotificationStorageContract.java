package dev.interop.application.contract;

import dev.interop.klarna.domain.notification.EventTypes;
import dev.interop.klarna.domain.notification.OutboxNotification;
import dev.interop.klarna.domain.notification.SigningKey;
import dev.interop.klarna.domain.notification.Webhook;
import dev.interop.klarna.domain.notification.WebhookStatus;
import io.vavr.collection.List;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the notification port contracts share: the factory a concrete subclass implements, and fixtures built with
 * the domain's own factories (fresh ids on every call, millisecond instants as the application clock gives them).
 */
public abstract class NotificationStorageContract {

    /** The ports under test, fresh for each test method. */
    protected NotificationStorage storage;

    /** The ports of the adapter under test over a store empty of anything a previous test wrote. */
    protected abstract NotificationStorage newNotificationStorage();

    @BeforeEach
    final void openNotificationStorage() {
        storage = newNotificationStorage();
    }

    static String unique() {
        return UUID.randomUUID().toString();
    }

    static SigningKey key(Instant at) {
        return SigningKey.of(unique(), SigningKey.SECRET_PREFIX + unique().replace("-", "") + "_Zz-9", at);
    }

    static Webhook webhook(Instant at, String... eventTypes) {
        List<String> types = eventTypes.length == 0 ? List.of(EventTypes.STATE_CHANGE_WILDCARD) : List.of(eventTypes);
        return Webhook.register(unique(), "http://127.0.0.1:9/klarna/v1/notifications?x=" + unique(), types, "v2",
                WebhookStatus.ENABLED, key(at), at).get();
    }

    static OutboxNotification notification(String webhookId, Instant at) {
        return OutboxNotification.pending(unique(), webhookId, "payment.request.state-change.completed",
                "{\"metadata\":{\"event_id\":\"x\"},\"payload\":{\"klarna_network_session_token\":\"t-" + unique()
                        + "\",\"text\":\"\\u00e9\u00e9 \\\"q\\\"\"}}", at);
    }
}
