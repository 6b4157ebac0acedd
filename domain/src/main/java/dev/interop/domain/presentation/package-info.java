/**
 * How Klarna is presented at checkout (R4): Klarna's {@link dev.interop.domain.presentation.PresentationInstruction}
 * for a resolved customer session, an amount and a market, and the Acquiring Partner's list of payment methods
 * arranged to follow it. {@link dev.interop.domain.presentation.PresentationPolicy} is the pure decision.
 */
package dev.interop.domain.presentation;
