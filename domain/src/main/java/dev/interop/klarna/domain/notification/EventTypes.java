package dev.interop.klarna.domain.notification;

import dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind;
import io.vavr.collection.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The notification event types Klarna sends and the patterns a webhook subscribes with.
 *
 * <p>An event type is {@code payment.request.state-change.<state>}, the Payment Request's new state in lower case
 * with {@code -} for {@code _} ({@code payment.request.state-change.in-progress}). A pattern is either an event type
 * (exact match) or a dot-separated prefix of one followed by {@code .*} ({@code payment.request.state-change.*},
 * {@code payment.request.*}), which matches every event type that starts with the prefix and a dot. A pattern that
 * matches no event type Klarna sends is not valid, so a typo is refused at registration rather than silently
 * receiving nothing.
 */
public final class EventTypes {

    /** What every Payment Request state-change event type starts with. */
    public static final String STATE_CHANGE_PREFIX = "payment.request.state-change.";
    /** The pattern subscribing to every Payment Request state change. */
    public static final String STATE_CHANGE_WILDCARD = STATE_CHANGE_PREFIX + "*";
    /** The longest pattern accepted. */
    public static final int MAX_PATTERN_LENGTH = 128;

    /** Every event type Klarna sends, one per Payment Request state. */
    public static final List<String> ALL = List.of(PaymentRequestStateKind.values()).map(EventTypes::stateChange);

    private EventTypes() {
    }

    /** The event type of a change into {@code state}: {@code payment.request.state-change.in-progress}. */
    public static String stateChange(PaymentRequestStateKind state) {
        Objects.requireNonNull(state, "state");
        return STATE_CHANGE_PREFIX + state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether {@code pattern} (exact, or a prefix ending in {@code .*}) matches {@code eventType}. */
    public static boolean matches(String pattern, String eventType) {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(eventType, "eventType");
        if (pattern.endsWith(".*")) {
            String prefix = pattern.substring(0, pattern.length() - 1);
            return prefix.length() > 1 && eventType.startsWith(prefix) && eventType.length() > prefix.length();
        }
        return pattern.equals(eventType);
    }

    /** Whether {@code pattern} is well-formed and matches at least one event type Klarna sends. */
    public static boolean isValidPattern(String pattern) {
        return pattern != null && !pattern.isEmpty() && pattern.length() <= MAX_PATTERN_LENGTH
                && ALL.exists(type -> matches(pattern, type));
    }
}
