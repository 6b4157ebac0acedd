package dev.interop.acquirer.application.port.out;

/**
 * Klarna could not be reached and the request was certainly not sent (connection refused, unknown host, no route):
 * nothing happened at Klarna, so the caller may answer "try again later" (503 with {@code Retry-After}) without
 * recording an unknown outcome. A subtype of {@link KlarnaUnavailableException}, so code that only knows the general
 * case still treats it safely as unknown.
 */
public final class KlarnaUnreachableException extends KlarnaUnavailableException {

    public KlarnaUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
