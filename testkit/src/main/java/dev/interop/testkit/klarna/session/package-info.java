/**
 * QuickTheories generators for the customer session: values (ids, partners, token hashes, identities,
 * pre-qualifications, amounts), command sequences ({@link dev.interop.testkit.klarna.session.SessionCommand}) and sessions in
 * random reachable states. Embedders may use them for their own property tests.
 */
package dev.interop.testkit.klarna.session;
