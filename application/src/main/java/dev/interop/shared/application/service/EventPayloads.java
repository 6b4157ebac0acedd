package dev.interop.shared.application.service;

import dev.interop.shared.domain.Money;
import io.vavr.collection.Traversable;
import io.vavr.control.Option;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;

/**
 * Writes a domain event (a record) as a JSON object with snake_case keys, without a JSON library: records become
 * objects, money is {@code {"amount": <minor units>, "currency": "EUR"}} as everywhere in the API, single-field value
 * records (ids, currency codes) collapse to their value, {@code Option} to the value or
 * {@code null}, vavr collections to arrays, instants to ISO-8601 strings, enums to their names.
 */
public final class EventPayloads {

    private EventPayloads() {
    }

    public static String toJson(Object event) {
        StringBuilder out = new StringBuilder();
        write(event, out, true);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out, boolean top) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Option<?> option) {
            write(option.getOrNull(), out, false);
        } else if (value instanceof CharSequence || value instanceof TemporalAccessor || value instanceof Enum<?>) {
            string(value instanceof Instant instant ? instant.toString() : value.toString(), out);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Traversable<?> items) {
            out.append('[');
            boolean firstItem = true;
            for (Object item : items) {
                if (!firstItem) {
                    out.append(',');
                }
                firstItem = false;
                write(item, out, false);
            }
            out.append(']');
        } else if (value instanceof Money money) {
            out.append("{\"amount\":").append(money.minorUnits()).append(",\"currency\":");
            string(money.currency().code(), out);
            out.append('}');
        } else if (value instanceof Record record) {
            RecordComponent[] components = record.getClass().getRecordComponents();
            if (components.length == 1 && !top) {
                write(read(component(components, 0), record), out, false);
                return;
            }
            out.append('{');
            boolean first = true;
            for (RecordComponent component : components) {
                if (top && isTimestamp(component)) {
                    continue;
                }
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(snake(component.getName()), out);
                out.append(':');
                write(read(component, record), out, false);
            }
            out.append('}');
        } else {
            string(value.toString(), out);
        }
    }

    /**
     * When the event happened, as the domain recorded it: its {@code at} or {@code occurredAt} instant. The timeline
     * keeps it as the event's {@code occurred_at}, so the payload leaves it out rather than repeat it.
     */
    public static Optional<Instant> occurredAt(Object event) {
        if (!(event instanceof Record record)) {
            return Optional.empty();
        }
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (isTimestamp(component)) {
                return Optional.of((Instant) read(component, record));
            }
        }
        return Optional.empty();
    }

    private static boolean isTimestamp(RecordComponent component) {
        return component.getType() == Instant.class
                && (component.getName().equals("at") || component.getName().equals("occurredAt"));
    }

    private static RecordComponent component(RecordComponent[] components, int index) {
        return components[index];
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of an event", e);
        }
    }

    private static String snake(String camel) {
        StringBuilder out = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
