package dev.interop.adapters.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Thrown by a controller (or by the helpers of this package) to answer the current request with a problem. The
 * server's exception handler writes {@link #problem()} with its status, adds {@link #headers()} (for instance
 * {@code WWW-Authenticate}) and logs nothing beyond a debug line: a problem exception is an expected outcome, not a
 * failure. It carries no stack trace.
 */
public final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;
    private final transient Map<String, String> headers;

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    public ProblemException(Problem problem, Map<String, String> headers) {
        super(Objects.requireNonNull(problem, "problem").code(), null, false, false);
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    /** The problem to answer with. */
    public Problem problem() {
        return problem;
    }

    /** Extra response headers, in no particular order. */
    public Map<String, String> headers() {
        return headers;
    }

    /** This exception with one more response header. */
    public ProblemException withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ProblemException(problem, more);
    }

    public static ProblemException of(int status, String code, String detail) {
        return new ProblemException(Problem.of(status, code, detail));
    }

    /** 400 with the given code and field errors. */
    public static ProblemException badRequest(String code, String detail, List<FieldError> errors) {
        return new ProblemException(Problem.of(400, code, detail, errors));
    }

    /** 400 {@code INVALID_FIELD} listing the given field errors. */
    public static ProblemException invalidFields(List<FieldError> errors) {
        return badRequest(ProblemCodes.INVALID_FIELD,
                errors.size() == 1 ? "A field of the request is invalid." : "Fields of the request are invalid.",
                errors);
    }

    /** 400 {@code INVALID_HEADER} naming the header. */
    public static ProblemException invalidHeader(String header, String reason) {
        return badRequest(ProblemCodes.INVALID_HEADER, "The " + header + " header is invalid.",
                List.of(FieldError.header(header, reason)));
    }

    /** 404 with the given code. */
    public static ProblemException notFound(String code, String detail) {
        return of(404, code, detail);
    }
}
