package dev.interop.adapters.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns Jackson's failures to read a <em>request body</em> into 400 problems: a parse failure is
 * {@code MALFORMED_JSON}; a value of the wrong type, a missing required value or a value a constructor refused is
 * {@code INVALID_FIELD} with the JSON pointer of the value. Only used where the input is known to be the request
 * body; anything else (a definition error, a serialization failure) stays an unexpected failure.
 */
final class RequestBodyErrors {

    private RequestBodyErrors() {
    }

    /** The problem for a read failure, or empty when the failure is not the client's fault. */
    static Optional<ProblemException> translate(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException limit) {
            // Nesting depth, number, string or name length beyond the parser's limits: the client's input, never a 5xx.
            return Optional.of(ProblemException.badRequest(ProblemCodes.JSON_LIMIT_EXCEEDED,
                    "The request body exceeds a limit of the JSON reader: " + limit.getOriginalMessage(), List.of()));
        }
        if (e instanceof StreamReadException parse) {
            return Optional.of(malformed(parse.getLocation()));
        }
        if (e instanceof MismatchedInputException mismatch) {
            if (mismatch.getOriginalMessage() != null && mismatch.getOriginalMessage().startsWith("Trailing token")) {
                return Optional.of(malformed(mismatch.getLocation()));
            }
            return Optional.of(ProblemException.invalidFields(
                    List.of(FieldError.body(pointer(mismatch), reasonFor(mismatch)))));
        }
        if (e instanceof ValueInstantiationException instantiation) {
            return Optional.of(ProblemException.invalidFields(
                    List.of(FieldError.body(pointer(instantiation), "is invalid"))));
        }
        return Optional.empty();
    }

    static ProblemException malformed(JsonLocation location) {
        String where = location == null || location.getLineNr() < 0
                ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        return ProblemException.badRequest(ProblemCodes.MALFORMED_JSON,
                "The request body is not well-formed JSON" + where + ".", List.of());
    }

    static ProblemException empty() {
        return ProblemException.badRequest(ProblemCodes.MALFORMED_JSON,
                "The request body is empty; a JSON object is expected.", List.of());
    }

    private static String pointer(JsonMappingException e) {
        String pointer = "";
        for (JsonMappingException.Reference step : e.getPath()) {
            pointer = step.getFieldName() != null
                    ? JsonPointers.child(pointer, step.getFieldName())
                    : JsonPointers.element(pointer, step.getIndex());
        }
        return pointer;
    }

    private static String reasonFor(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        if (e instanceof InvalidFormatException && target != null && target.isEnum()) {
            return "must be one of " + enumNames(target);
        }
        if (target == null) {
            return "has the wrong type";
        }
        if (isMissingValue(e)) {
            return "is required";
        }
        return "must be " + describe(target);
    }

    private static boolean isMissingValue(MismatchedInputException e) {
        String message = e.getOriginalMessage();
        return message != null
                && (message.startsWith("Missing required creator property")
                || message.startsWith("Cannot map `null` into type"));
    }

    static String describe(Class<?> target) {
        if (target == long.class || target == int.class || target == short.class || target == byte.class
                || target == Long.class || target == Integer.class || target == Short.class
                || target == Byte.class || target == BigInteger.class) {
            return "an integer";
        }
        if (target == double.class || target == float.class || target == Double.class || target == Float.class
                || target == BigDecimal.class) {
            return "a number";
        }
        if (target == boolean.class || target == Boolean.class) {
            return "a boolean";
        }
        if (target == String.class || target == char.class || target == Character.class) {
            return "a string";
        }
        if (target.isEnum()) {
            return "one of " + enumNames(target);
        }
        if (target.isArray() || Collection.class.isAssignableFrom(target)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(target) || target.isRecord()) {
            return "an object";
        }
        return "a valid " + target.getSimpleName();
    }

    private static String enumNames(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(constant -> ((Enum<?>) constant).name())
                .collect(Collectors.joining(", "));
    }
}
