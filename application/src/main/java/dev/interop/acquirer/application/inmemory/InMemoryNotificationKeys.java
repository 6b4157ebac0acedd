package dev.interop.acquirer.application.inmemory;

import dev.interop.acquirer.application.port.out.NotificationKeys;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * {@link NotificationKeys} held in memory: filled from the webhook registration's answer (and each rotation's), a
 * key dropped with {@link #remove}. Thread-safe; {@link #toString()} names key ids only.
 */
public final class InMemoryNotificationKeys implements NotificationKeys {

    private final ConcurrentMap<String, String> secrets = new ConcurrentHashMap<>();

    /** Accepts {@code keyId} with {@code secret} from now on (replacing an earlier secret of that id). */
    public InMemoryNotificationKeys put(String keyId, String secret) {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(secret, "secret");
        if (keyId.isBlank() || secret.isEmpty()) {
            throw new IllegalArgumentException("a key id and a secret are not empty");
        }
        secrets.put(keyId, secret);
        return this;
    }

    /** Stops accepting {@code keyId}; false when it was not known. */
    public boolean remove(String keyId) {
        return secrets.remove(Objects.requireNonNull(keyId, "keyId")) != null;
    }

    @Override
    public Option<String> secretFor(String keyId) {
        return keyId == null ? Option.none() : Option.of(secrets.get(keyId));
    }

    @Override
    public String toString() {
        return "InMemoryNotificationKeys" + secrets.keySet();
    }
}
