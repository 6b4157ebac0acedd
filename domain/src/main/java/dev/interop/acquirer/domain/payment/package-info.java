/**
 * The Acquiring Partner's payment ({@code /v1/payments}): submitted by a Partner with the interoperability data
 * points, or registered for finalization after a review screen (R9), then authorized by Klarna. Its states follow
 * the classes of the remote call's outcome (Succeeded, Rejected, Pending, Errored); an unknown outcome is a persisted
 * state that may be retried, never a dropped exception. The amount drift rule (R10) lives here.
 */
package dev.interop.acquirer.domain.payment;
