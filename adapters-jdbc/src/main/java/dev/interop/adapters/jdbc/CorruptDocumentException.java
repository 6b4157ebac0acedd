package dev.interop.adapters.jdbc;

/**
 * A stored row could not be rebuilt into a domain value: a document field is missing or mistyped, or the row's
 * columns disagree with its document. An infrastructure failure (never an expected outcome): the data was written
 * by something other than this adapter's mappers, or by an incompatible version of them.
 */
public final class CorruptDocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CorruptDocumentException(String message) {
        super(message);
    }

    public CorruptDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
