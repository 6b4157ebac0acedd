package dev.interop.shared.network;

/**
 * Klarna's instruction to the Acquiring Partner on how to show Klarna among the payment methods (the enum names are
 * the wire values). The Acquiring Partner must follow it.
 */
public enum PresentationInstruction {
    /** Do not offer Klarna (unsupported market or currency). */
    HIDE_KLARNA,
    /** Offer Klarna among the other methods, in the configured order, nothing preselected. */
    SHOW_KLARNA,
    /** Offer Klarna first and preselected. */
    PRESELECT_KLARNA,
    /** Offer Klarna alone: the customer already chose it (express checkout prepared or approved). */
    SHOW_ONLY_KLARNA
}
