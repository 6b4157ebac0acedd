/**
 * The Klarna-side customer session: what a customer's journey through the Boost features has taught Klarna
 * (identity after Sign in with Klarna, pre-qualification after On-site messaging, a prepared payment after express
 * checkout step one, an approval after a completed Payment Request), the tokens issued for it (hashes only) and the
 * pure rules for resolving a presented token (R1, R3, R5, R6). {@link dev.interop.klarna.domain.session.CustomerSession}
 * is the aggregate; {@link dev.interop.klarna.domain.session.CustomerSession#TABLE} is its transition table.
 */
package dev.interop.klarna.domain.session;
