package dev.interop.acquirer.application.port.out;

/** Klarna could not be reached or answered a server error: the outcome of the call is unknown. */
public class KlarnaUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KlarnaUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
