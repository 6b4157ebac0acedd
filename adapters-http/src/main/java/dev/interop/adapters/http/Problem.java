package dev.interop.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An RFC 9457 problem document, the body of every error response ({@code application/problem+json}).
 *
 * <p>Invariants: {@code status} is an HTTP error status (400–599); {@code code} is UPPER_SNAKE and
 * {@code type} is derived from it ({@code urn:interop:problem:<code in kebab case>}), so one code always has one
 * type; {@code title} is the short, occurrence-independent summary and {@code detail} the human explanation of
 * this occurrence; {@code errors} lists every field fault found (possibly none). {@code instance} (the request path)
 * and {@code correlationId} are filled in by the server when the problem is written. A problem never carries a
 * stack trace or an exception message of an unexpected failure.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "code", "errors", "instance", "correlation_id"})
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String code,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FieldError> errors,
        String instance,
        String correlationId) {

    /** The media type of every problem response. */
    public static final String CONTENT_TYPE = "application/problem+json";

    private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    public Problem {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(code, "code");
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a problem has an error status, not " + status);
        }
        if (!UPPER_SNAKE.matcher(code).matches()) {
            throw new IllegalArgumentException("a problem code is UPPER_SNAKE: " + code);
        }
        if (!typeFor(code).equals(type)) {
            throw new IllegalArgumentException("the type of " + code + " is " + typeFor(code));
        }
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A problem with the status's standard title and no field errors. */
    public static Problem of(int status, String code, String detail) {
        return new Problem(typeFor(code), standardTitle(status), status, detail, code, List.of(), null, null);
    }

    /** A problem listing field errors. */
    public static Problem of(int status, String code, String detail, List<FieldError> errors) {
        return new Problem(typeFor(code), standardTitle(status), status, detail, code, errors, null, null);
    }

    /** This problem with another title. */
    public Problem withTitle(String newTitle) {
        return new Problem(type, newTitle, status, detail, code, errors, instance, correlationId);
    }

    /** This problem as it occurred on the given request path with the given correlation id. */
    public Problem occurredAt(String requestPath, String requestCorrelationId) {
        return new Problem(type, title, status, detail, code, errors, requestPath, requestCorrelationId);
    }

    /** The problem type URI of a code: {@code urn:interop:problem:malformed-json} for {@code MALFORMED_JSON}. */
    public static String typeFor(String code) {
        return "urn:interop:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The standard reason phrase of an error status, used as the default title. */
    public static String standardTitle(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 412 -> "Precondition Failed";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 428 -> "Precondition Required";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> status < 500 ? "Client Error" : "Server Error";
        };
    }
}
