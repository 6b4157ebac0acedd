/**
 * The Acquiring Partner's checkout session ({@code /v1/checkout-sessions}): what a Partner opens before its own
 * checkout or review screen, carrying the amount, the line items and, sealed, the interoperability data points it
 * will need again when the payment is registered (R9). Its amount may change while it is open (shipping changes on
 * the review screen), always with line items that still sum to it (R12).
 */
package dev.interop.acquirer.domain.checkout;
