package dev.interop.klarna.domain.notification;

import dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.domain.Rejection;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * An Acquiring Partner's notification endpoint as Klarna registered it ({@code POST /v2/notification/webhooks}):
 * where to POST, which event types, in which event version, whether it is enabled, and the key Klarna signs with now.
 * Rotation ({@link #rotate}) replaces the signing key; the earlier one signs nothing new (the receiver may keep
 * accepting it until it drops it).
 *
 * <p>Invariants: the id is {@link #ID_PREFIX} and a unique part; the URL is an absolute {@code http(s)} URL with a
 * host, at most {@value #MAX_URL} characters; 1..{@value #MAX_EVENT_TYPES} distinct event-type patterns, each valid
 * ({@link EventTypes#isValidPattern}); the event version is {@value #EVENT_VERSION}; {@code version >= 1}, and
 * every change adds one (optimistic locking, R14).
 */
public record Webhook(String id, String url, List<String> eventTypes, String eventVersion, WebhookStatus status,
        SigningKey signingKey, Instant createdAt, long version) {

    /** Every webhook id starts with this; a unique part from the id source follows. */
    public static final String ID_PREFIX = "krn:partner:global:notification:webhook:";
    /** The only event version Klarna sends here. */
    public static final String EVENT_VERSION = "v2";
    /** The longest URL accepted. */
    public static final int MAX_URL = 2048;
    /** The most event-type patterns one webhook may have. */
    public static final int MAX_EVENT_TYPES = 20;

    public Webhook {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(eventTypes, "eventTypes");
        Objects.requireNonNull(eventVersion, "eventVersion");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(signingKey, "signingKey");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!isId(id)) {
            throw new IllegalArgumentException("not a webhook id: " + id);
        }
        if (!isUrl(url)) {
            throw new IllegalArgumentException("not a webhook URL: " + url);
        }
        if (eventTypes.isEmpty() || eventTypes.size() > MAX_EVENT_TYPES
                || eventTypes.distinct().size() != eventTypes.size() || !eventTypes.forAll(EventTypes::isValidPattern)) {
            throw new IllegalArgumentException("a webhook has 1.." + MAX_EVENT_TYPES + " distinct valid event types");
        }
        if (!EVENT_VERSION.equals(eventVersion)) {
            throw new IllegalArgumentException("the event version is " + EVENT_VERSION);
        }
        if (version < 1) {
            throw new IllegalArgumentException("version >= 1");
        }
    }

    /**
     * A new webhook at version 1. Rejections ({@link CommonRejection#INVALID_FIELD}), all checked before any is
     * reported: {@code url} not an absolute http(s) URL of at most {@value #MAX_URL} characters; {@code event_types}
     * empty, with more than {@value #MAX_EVENT_TYPES} entries or a duplicate, or {@code event_types[i]} matching no
     * event type Klarna sends; {@code event_version} not {@value #EVENT_VERSION}. The first one found is answered.
     *
     * @param unique the id's unique part, from the id source
     * @param key    the first signing key
     */
    public static Either<Rejection, Webhook> register(String unique, String url, List<String> eventTypes,
            String eventVersion, WebhookStatus status, SigningKey key, Instant now) {
        Objects.requireNonNull(unique, "unique");
        Objects.requireNonNull(eventTypes, "eventTypes");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(now, "now");
        if (!isUrl(url)) {
            return Either.left(Rejection.ofField(CommonRejection.INVALID_FIELD, "url",
                    "must be an absolute http or https URL of at most " + MAX_URL + " characters"));
        }
        if (eventTypes.isEmpty() || eventTypes.size() > MAX_EVENT_TYPES) {
            return Either.left(Rejection.ofField(CommonRejection.INVALID_FIELD, "event_types",
                    "must list 1.." + MAX_EVENT_TYPES + " event types"));
        }
        for (int i = 0; i < eventTypes.size(); i++) {
            String pattern = eventTypes.get(i);
            if (!EventTypes.isValidPattern(pattern)) {
                return Either.left(Rejection.ofField(CommonRejection.INVALID_FIELD, "event_types[" + i + "]",
                        "must be an event type such as " + EventTypes.stateChange(PaymentRequestStateKind.COMPLETED)
                                + " or a pattern such as " + EventTypes.STATE_CHANGE_WILDCARD));
            }
            if (eventTypes.indexOf(pattern) != i) {
                return Either.left(Rejection.ofField(CommonRejection.INVALID_FIELD, "event_types[" + i + "]",
                        "repeats an earlier event type"));
            }
        }
        if (!EVENT_VERSION.equals(eventVersion)) {
            return Either.left(Rejection.ofField(CommonRejection.INVALID_FIELD, "event_version",
                    "must be " + EVENT_VERSION));
        }
        return Either.right(new Webhook(ID_PREFIX + unique, url, eventTypes, eventVersion, status, key, now, 1));
    }

    /** This webhook signing with {@code newKey} from now on, one version later. */
    public Webhook rotate(SigningKey newKey) {
        Objects.requireNonNull(newKey, "newKey");
        if (newKey.id().equals(signingKey.id())) {
            throw new IllegalArgumentException("a rotation brings a new key id");
        }
        return new Webhook(id, url, eventTypes, eventVersion, status, newKey, createdAt, version + 1);
    }

    /** Whether Klarna sends {@code eventType} here: the webhook is enabled and one of its patterns matches. */
    public boolean accepts(String eventType) {
        return status == WebhookStatus.ENABLED && eventTypes.exists(pattern -> EventTypes.matches(pattern, eventType));
    }

    /** Whether {@code value} has the shape of a webhook id. */
    public static boolean isId(String value) {
        return value != null && value.startsWith(ID_PREFIX) && value.length() > ID_PREFIX.length()
                && value.length() <= 255 && value.indexOf(':', ID_PREFIX.length()) < 0;
    }

    /** Whether {@code value} is an absolute http(s) URL with a host, of at most {@value #MAX_URL} characters. */
    public static boolean isUrl(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_URL) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getRawFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
