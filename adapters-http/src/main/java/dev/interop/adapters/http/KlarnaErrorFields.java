package dev.interop.adapters.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Klarna's error fields on the problems of Klarna's AP-facing face (paths under {@value #PREFIX},
 * docs/klarna-wire.md): besides the problem's own fields, {@code error_id} (the correlation id), {@code error_type}
 * ({@code INPUT_ERROR} for 400 and 422 and any other 4xx not named here, {@code ACCESS_ERROR} for 401 and 403,
 * {@code RESOURCE_ERROR} for 404, 409 and 410, {@code TECHNICAL_ERROR} for 5xx), {@code error_code} (the problem's
 * {@code code}), {@code error_message} (its {@code detail}) and, when the problem lists field errors,
 * {@code validation_errors: [{parameter, reason}]} with {@code parameter} the error's location as in {@code errors}
 * (a JSON pointer, a header or a parameter name). Applied by {@link ProblemResponses} when a problem is written, so
 * every v2 error carries them, replays included, and no handler adds them itself.
 */
final class KlarnaErrorFields {

    /** The prefix of the paths whose problems carry Klarna's fields. */
    static final String PREFIX = "/sandbox/klarna/v2";

    private KlarnaErrorFields() {
    }

    /** Whether a problem answered on {@code path} carries Klarna's fields. */
    static boolean applyTo(String path) {
        return path != null && (path.equals(PREFIX) || path.startsWith(PREFIX + "/"));
    }

    /** Klarna's {@code error_type} of an error status. */
    static String errorType(int status) {
        if (status >= 500) {
            return "TECHNICAL_ERROR";
        }
        return switch (status) {
            case 401, 403 -> "ACCESS_ERROR";
            case 404, 409, 410 -> "RESOURCE_ERROR";
            default -> "INPUT_ERROR";
        };
    }

    /** The problem as it is written (its {@code correlation_id} filled in) with Klarna's fields added. */
    static ObjectNode decorate(ObjectMapper mapper, Problem occurrence) {
        ObjectNode document = mapper.valueToTree(occurrence);
        document.put("error_id", occurrence.correlationId());
        document.put("error_type", errorType(occurrence.status()));
        document.put("error_code", occurrence.code());
        document.put("error_message", occurrence.detail());
        if (!occurrence.errors().isEmpty()) {
            ArrayNode validation = document.putArray("validation_errors");
            for (FieldError error : occurrence.errors()) {
                String parameter = error.pointer() != null ? error.pointer()
                        : error.header() != null ? error.header() : error.parameter();
                validation.addObject().put("parameter", parameter).put("reason", error.reason());
            }
        }
        return document;
    }
}
