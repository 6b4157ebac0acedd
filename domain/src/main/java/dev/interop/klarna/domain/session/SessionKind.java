package dev.interop.klarna.domain.session;

/**
 * The state kinds of the customer session machine ({@link CustomerSession#TABLE}): the lifecycle and what the
 * session has learned, combined. While the session is active its kind is the most advanced fact it holds, in this
 * order: an approval ({@link #PENDING_CONFIRMATION}), a prepared payment ({@link #PREPARED}), a signed-in customer
 * ({@link #SIGNED_IN}), an approved pre-qualification ({@link #PREQUALIFIED}), otherwise {@link #SUPPORTED}.
 * {@link #CONSUMED} and {@link #EXPIRED} are final. Each kind fixes the session's {@link #status()}.
 */
public enum SessionKind {
    SUPPORTED(InteroperabilityStatus.PAYMENT_SUPPORTED),
    PREQUALIFIED(InteroperabilityStatus.PAYMENT_SUPPORTED),
    SIGNED_IN(InteroperabilityStatus.PAYMENT_PREPARED),
    PREPARED(InteroperabilityStatus.PAYMENT_PREPARED),
    PENDING_CONFIRMATION(InteroperabilityStatus.PAYMENT_PENDING_CONFIRMATION),
    CONSUMED(InteroperabilityStatus.PAYMENT_UNSUPPORTED),
    EXPIRED(InteroperabilityStatus.PAYMENT_UNSUPPORTED);

    private final InteroperabilityStatus status;

    SessionKind(InteroperabilityStatus status) {
        this.status = status;
    }

    /** The interoperability status a session of this kind reports. */
    public InteroperabilityStatus status() {
        return status;
    }

    /** Whether the session has ended (consumed or expired). */
    public boolean isEnded() {
        return this == CONSUMED || this == EXPIRED;
    }
}
