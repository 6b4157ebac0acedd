/**
 * How Klarna is presented at checkout (R4): Klarna's {@link dev.interop.shared.network.PresentationInstruction}
 * for a resolved customer session, an amount and a market, and the Acquiring Partner's list of payment methods
 * arranged to follow it. {@link dev.interop.acquirer.domain.presentation.PresentationPolicy} is the pure decision.
 */
package dev.interop.acquirer.domain.presentation;

import dev.interop.shared.network.PresentationInstruction;
