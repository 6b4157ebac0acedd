package dev.interop.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * One reason a request was refused, pointing at where the fault is: exactly one of {@code pointer} (an RFC 6901
 * JSON pointer into the request body, such as {@code /amount} or {@code /customer/email}; the empty pointer is the
 * whole body), {@code header} (a request header name) or {@code parameter} (a path or query parameter name) is
 * set. {@code reason} is a short human sentence fragment such as {@code "must be an integer"}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(String pointer, String header, String parameter, String reason) {

    public FieldError {
        Objects.requireNonNull(reason, "reason");
        int located = (pointer == null ? 0 : 1) + (header == null ? 0 : 1) + (parameter == null ? 0 : 1);
        if (located != 1) {
            throw new IllegalArgumentException("exactly one of pointer, header, parameter must be set");
        }
        if (pointer != null && !pointer.isEmpty() && !pointer.startsWith("/")) {
            throw new IllegalArgumentException("a JSON pointer is empty or starts with '/': " + pointer);
        }
    }

    /** An error in the request body at the given JSON pointer (already escaped, e.g. {@code /amount}). */
    public static FieldError body(String pointer, String reason) {
        return new FieldError(pointer, null, null, reason);
    }

    /** An error in the named request header. */
    public static FieldError header(String name, String reason) {
        return new FieldError(null, name, null, reason);
    }

    /** An error in the named path or query parameter. */
    public static FieldError parameter(String name, String reason) {
        return new FieldError(null, null, name, reason);
    }
}
