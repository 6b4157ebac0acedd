package dev.interop.adapters.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * The JSON tree toolkit the document mappers use: Jackson's tree model only ({@link ObjectNode}), never data binding,
 * so every field of a stored document is written and read by name in an adapter mapper. Documents are written in
 * ASCII (anything else escaped), so they survive any database encoding byte for byte. Reading is strict: a missing
 * or mistyped field is a {@link CorruptDocumentException}, never a silent default; absent optional values are
 * omitted on write and read back as {@code none}.
 */
final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static String write(ObjectNode document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a JSON tree always serializes", impossible);
        }
    }

    static ObjectNode parse(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || !node.isObject()) {
                throw new CorruptDocumentException("a stored document is a JSON object");
            }
            return (ObjectNode) node;
        } catch (JsonProcessingException malformed) {
            throw new CorruptDocumentException("a stored document is not JSON: " + malformed.getOriginalMessage());
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Writing

    static <T> ArrayNode arrayOf(Iterable<T> values, Function<T, JsonNode> write) {
        ArrayNode array = array();
        values.forEach(value -> array.add(write.apply(value)));
        return array;
    }

    static void putOptional(ObjectNode node, String field, Option<String> value) {
        value.forEach(text -> node.put(field, text));
    }

    static void putOptionalInstant(ObjectNode node, String field, Option<Instant> value) {
        value.forEach(instant -> node.put(field, instant.toString()));
    }

    static <T> void putOptionalNode(ObjectNode node, String field, Option<T> value, Function<T, JsonNode> write) {
        value.forEach(present -> node.set(field, write.apply(present)));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Reading

    static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new CorruptDocumentException("missing field " + field);
        }
        return value;
    }

    static Option<JsonNode> optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Option.none() : Option.of(value);
    }

    static String text(JsonNode node, String field) {
        return asText(required(node, field), field);
    }

    static Option<String> optionalText(JsonNode node, String field) {
        return optional(node, field).map(value -> asText(value, field));
    }

    static long integer(JsonNode node, String field) {
        JsonNode value = required(node, field);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new CorruptDocumentException(field + " is an integer");
        }
        return value.longValue();
    }

    static boolean bool(JsonNode node, String field) {
        JsonNode value = required(node, field);
        if (!value.isBoolean()) {
            throw new CorruptDocumentException(field + " is a boolean");
        }
        return value.booleanValue();
    }

    static Instant instant(JsonNode node, String field) {
        return parseInstant(text(node, field), field);
    }

    static Option<Instant> optionalInstant(JsonNode node, String field) {
        return optionalText(node, field).map(text -> parseInstant(text, field));
    }

    static <E extends Enum<E>> E enumValue(JsonNode node, String field, Class<E> type) {
        String name = text(node, field);
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            throw new CorruptDocumentException(field + " is not a " + type.getSimpleName() + ": " + name);
        }
    }

    static <E extends Enum<E>> Option<E> optionalEnum(JsonNode node, String field, Class<E> type) {
        return optional(node, field).map(present -> enumValue(node, field, type));
    }

    static <T> List<T> list(JsonNode node, String field, Function<JsonNode, T> read) {
        JsonNode value = required(node, field);
        if (!value.isArray()) {
            throw new CorruptDocumentException(field + " is an array");
        }
        return List.ofAll(value::elements).map(read);
    }

    private static String asText(JsonNode value, String field) {
        if (!value.isTextual()) {
            throw new CorruptDocumentException(field + " is a string");
        }
        return value.textValue();
    }

    private static Instant parseInstant(String text, String field) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException malformed) {
            throw new CorruptDocumentException(field + " is not an instant: " + text);
        }
    }
}
