package dev.interop.adapters.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a JSON object request body field by field and collects every field error with its JSON pointer, so that a
 * controller reports all of them in one 400 {@code INVALID_FIELD} problem:
 *
 * <pre>{@code
 * BodyReader body = BodyReader.of(ctx);
 * long amount = body.requireLong("amount");
 * String currency = body.requireString("currency");
 * Optional<String> locale = body.optionalString("locale");
 * body.validate();                      // throws ProblemException listing every error found above
 * ... new Money(amount, CurrencyCode.of(currency)) ...
 * }</pre>
 *
 * <p>Invariants: a value returned for a field that has an error is a placeholder ({@code 0}, {@code ""},
 * {@code false}, {@code null} or empty) and must not be used before {@link #validate()} returned normally. No
 * coercion happens: {@code "12"} is not an integer, {@code 12.0} is not an integer, {@code 1} is not a boolean.
 * A JSON {@code null} counts as absent. Unknown fields are ignored. A reader obtained for a nested object shares
 * the error list of its root; a reader for a missing or invalid nested object records nothing further, so one
 * fault gives one error. Malformed JSON, an empty body or a body over the limit fail at once (see {@link #of}).
 */
public final class BodyReader {

    private final ObjectNode node;
    private final String pointer;
    private final List<FieldError> errors;
    private final boolean detached;

    private BodyReader(ObjectNode node, String pointer, List<FieldError> errors, boolean detached) {
        this.node = node;
        this.pointer = pointer;
        this.errors = errors;
        this.detached = detached;
    }

    /**
     * Reads the body of the request (within the server's body limit).
     *
     * @throws ProblemException 400 {@code MALFORMED_JSON} when the body is empty or not well-formed JSON (duplicate
     *     keys included), 400 {@code BODY_TOO_LARGE} over the limit, 400 {@code INVALID_FIELD} (pointer {@code ""})
     *     when it is JSON but not an object
     */
    public static BodyReader of(Context ctx) {
        ObjectMapper mapper = ctx.appData(HttpServerFactory.OBJECT_MAPPER);
        return parse(mapper, ctx.bodyAsBytes());
    }

    /** Reads the given body bytes with the given mapper; same failures as {@link #of}. */
    public static BodyReader parse(ObjectMapper mapper, byte[] body) {
        if (body == null || body.length == 0 || new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            throw RequestBodyErrors.empty();
        }
        JsonNode root;
        try (JsonParser parser = mapper.createParser(body)) {
            root = mapper.readTree(parser);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw RequestBodyErrors.malformed(parser.currentLocation());
            }
        } catch (JsonProcessingException e) {
            throw RequestBodyErrors.translate(e).orElseGet(() -> RequestBodyErrors.malformed(e.getLocation()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!(root instanceof ObjectNode object)) {
            throw ProblemException.invalidFields(List.of(FieldError.body("", "must be a JSON object")));
        }
        return new BodyReader(object, "", new ArrayList<>(), false);
    }

    /** The JSON object this reader reads. */
    public ObjectNode node() {
        return node;
    }

    /** The JSON pointer of this reader's object ({@code ""} for the whole body). */
    public String pointer() {
        return pointer;
    }

    /** Whether the field is present and not {@code null}. */
    public boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    /** The JSON pointer of a field of this reader's object. */
    public String pointerOf(String field) {
        return JsonPointers.child(pointer, field);
    }

    // ---- integers

    /** A required integer (no fraction, no exponent, within {@code long}); {@code 0} when in error. */
    public long requireLong(String field) {
        return optionalLongOrRequired(field, true).orElse(0L);
    }

    /** An optional integer; empty when absent, {@code null} or in error. */
    public Optional<Long> optionalLong(String field) {
        return optionalLongOrRequired(field, false);
    }

    private Optional<Long> optionalLongOrRequired(String field, boolean required) {
        JsonNode value = present(field, required);
        if (value == null) {
            return Optional.empty();
        }
        if (value.isIntegralNumber()) {
            if (value.canConvertToLong()) {
                return Optional.of(value.longValue());
            }
            return fail(field, "is out of range");
        }
        return fail(field, "must be an integer");
    }

    // ---- strings

    /** A required, non-blank string; {@code ""} when in error. */
    public String requireString(String field) {
        return requireString(field, Integer.MAX_VALUE);
    }

    /** A required, non-blank string of at most {@code maxLength} characters; {@code ""} when in error. */
    public String requireString(String field, int maxLength) {
        return string(field, true, maxLength).orElse("");
    }

    /** An optional string (may be empty); empty when absent, {@code null} or in error. */
    public Optional<String> optionalString(String field) {
        return optionalString(field, Integer.MAX_VALUE);
    }

    /** An optional string of at most {@code maxLength} characters; empty when absent, {@code null} or in error. */
    public Optional<String> optionalString(String field, int maxLength) {
        return string(field, false, maxLength);
    }

    private Optional<String> string(String field, boolean required, int maxLength) {
        JsonNode value = present(field, required);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            return fail(field, "must be a string");
        }
        String text = value.textValue();
        if (required && text.isBlank()) {
            return fail(field, "must not be blank");
        }
        if (text.length() > maxLength) {
            return fail(field, "must be at most " + maxLength + " characters");
        }
        return Optional.of(text);
    }

    // ---- booleans

    /** A required boolean; {@code false} when in error. */
    public boolean requireBoolean(String field) {
        return bool(field, true).orElse(false);
    }

    /** An optional boolean; empty when absent, {@code null} or in error. */
    public Optional<Boolean> optionalBoolean(String field) {
        return bool(field, false);
    }

    private Optional<Boolean> bool(String field, boolean required) {
        JsonNode value = present(field, required);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            return fail(field, "must be a boolean");
        }
        return Optional.of(value.booleanValue());
    }

    // ---- enums

    /** A required enum constant, given by its exact name; {@code null} when in error. */
    public <E extends Enum<E>> E requireEnum(String field, Class<E> type) {
        return enumeration(field, type, true).orElse(null);
    }

    /** An optional enum constant, given by its exact name; empty when absent, {@code null} or in error. */
    public <E extends Enum<E>> Optional<E> optionalEnum(String field, Class<E> type) {
        return enumeration(field, type, false);
    }

    private <E extends Enum<E>> Optional<E> enumeration(String field, Class<E> type, boolean required) {
        JsonNode value = present(field, required);
        if (value == null) {
            return Optional.empty();
        }
        if (value.isTextual()) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value.textValue())) {
                    return Optional.of(constant);
                }
            }
        }
        return fail(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")));
    }

    // ---- objects and arrays

    /**
     * A required nested object. When it is missing or not an object the error is recorded and the returned reader
     * reads an empty object without recording anything more.
     */
    public BodyReader requireObject(String field) {
        return object(field, true).orElseGet(() -> detachedChild(field));
    }

    /** An optional nested object; empty when absent, {@code null} or in error. */
    public Optional<BodyReader> optionalObject(String field) {
        return object(field, false);
    }

    private Optional<BodyReader> object(String field, boolean required) {
        JsonNode value = present(field, required);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof ObjectNode object)) {
            return fail(field, "must be an object");
        }
        return Optional.of(new BodyReader(object, pointerOf(field), errors, detached));
    }

    /** An optional array of objects; an empty list when absent or {@code null}; elements that are not objects are errors. */
    public List<BodyReader> optionalObjects(String field) {
        JsonNode value = present(field, false);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            fail(field, "must be an array");
            return List.of();
        }
        List<BodyReader> elements = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            String elementPointer = JsonPointers.element(pointerOf(field), i);
            if (value.get(i) instanceof ObjectNode object) {
                elements.add(new BodyReader(object, elementPointer, errors, detached));
            } else {
                record(FieldError.body(elementPointer, "must be an object"));
            }
        }
        return Collections.unmodifiableList(elements);
    }

    /** An optional array of strings; an empty list when absent or {@code null}; elements that are not strings are errors. */
    public List<String> optionalStrings(String field) {
        JsonNode value = present(field, false);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            fail(field, "must be an array");
            return List.of();
        }
        List<String> elements = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            if (element.isTextual()) {
                elements.add(element.textValue());
            } else {
                record(FieldError.body(JsonPointers.element(pointerOf(field), i), "must be a string"));
            }
        }
        return Collections.unmodifiableList(elements);
    }

    /** The raw value of a field (absent and {@code null} are empty), for shapes this reader does not cover. */
    public Optional<JsonNode> optionalNode(String field) {
        return Optional.ofNullable(present(field, false));
    }

    // ---- errors

    /** Records a controller's own verdict on a field of this object (e.g. "must be positive"). */
    public void reject(String field, String reason) {
        record(FieldError.body(pointerOf(field), reason));
    }

    /** Records a verdict on this whole object (e.g. "only one of a, b may be given"). */
    public void rejectObject(String reason) {
        record(FieldError.body(pointer, reason));
    }

    /** Whether any error has been recorded so far (for the whole body). */
    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The errors recorded so far, in the order found. */
    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Returns normally when no error was recorded; else throws 400 {@code INVALID_FIELD} listing all of them. */
    public void validate() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }

    private JsonNode present(String field, boolean required) {
        Objects.requireNonNull(field, "field");
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                fail(field, "is required");
            }
            return null;
        }
        return value;
    }

    private <T> Optional<T> fail(String field, String reason) {
        record(FieldError.body(pointerOf(field), reason));
        return Optional.empty();
    }

    private void record(FieldError error) {
        if (!detached) {
            errors.add(error);
        }
    }

    private BodyReader detachedChild(String field) {
        return new BodyReader(JsonNodeFactory.instance.objectNode(), pointerOf(field), errors, true);
    }
}
