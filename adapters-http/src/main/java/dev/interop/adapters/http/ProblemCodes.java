package dev.interop.adapters.http;

/**
 * The problem codes the HTTP foundation itself answers with. Controllers add their own (usually the name of a
 * domain {@code RejectionCode}); every code is UPPER_SNAKE.
 */
public final class ProblemCodes {

    /** The body is not well-formed JSON (or has duplicate keys). */
    public static final String MALFORMED_JSON = "MALFORMED_JSON";
    /** The body is JSON but nests deeper, or has a longer number, string or name, than the reader allows (400). */
    public static final String JSON_LIMIT_EXCEEDED = "JSON_LIMIT_EXCEEDED";
    /** One or more fields of the body are missing, of the wrong type or invalid; see {@code errors}. */
    public static final String INVALID_FIELD = "INVALID_FIELD";
    /** The body is larger than the server accepts. */
    public static final String BODY_TOO_LARGE = "BODY_TOO_LARGE";
    /** A request header is malformed; see {@code errors}. */
    public static final String INVALID_HEADER = "INVALID_HEADER";
    /** A path or query parameter is malformed; see {@code errors}. */
    public static final String INVALID_PARAMETER = "INVALID_PARAMETER";
    /** Some other malformed request. */
    public static final String BAD_REQUEST = "BAD_REQUEST";
    /** Credentials are missing or wrong. */
    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    /** No route has this path. */
    public static final String NOT_FOUND = "NOT_FOUND";
    /** The path exists but not for this method. */
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    /** The server cannot take traffic now (readiness check failed). */
    public static final String NOT_READY = "NOT_READY";
    /** Something unexpected failed; the response tells nothing more. */
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";
    /** 503: the database cannot be reached; nothing was changed. */
    public static final String STORAGE_UNAVAILABLE = "STORAGE_UNAVAILABLE";
    /** Klarna could not be reached and nothing was sent (503 with {@code Retry-After}). */
    public static final String KLARNA_UNAVAILABLE = "KLARNA_UNAVAILABLE";
    /** A call to Klarna got no answer; what happened there is unknown (503 with {@code Retry-After}). */
    public static final String KLARNA_OUTCOME_UNKNOWN = "KLARNA_OUTCOME_UNKNOWN";

    private ProblemCodes() {
    }
}
