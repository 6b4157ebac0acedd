/**
 * Klarna's Payment Request (klarna-facts §3.3): the resource through which a customer goes through Klarna's purchase
 * journey (step-up, express checkout). A pure state machine {@code SUBMITTED → IN_PROGRESS → COMPLETED}, with
 * {@code IN_PROGRESS → SUBMITTED} on abort and {@code CANCELED}, {@code EXPIRED}, {@code DECLINED} as the other final
 * states; its table is {@link dev.interop.klarna.domain.paymentrequest.PaymentRequest#TABLE}. Time, ids and token hashes
 * come in as arguments (R16).
 */
package dev.interop.klarna.domain.paymentrequest;
