/**
 * The bridge between the two contexts when both run in one process: a {@code KlarnaNetworkGateway} calling Klarna's
 * use cases and a {@code PaymentRequestNotifier} calling the Acquiring Partner's handler, each translating answers as
 * the remote API would. Each side commits its own units of work.
 */
package dev.interop.composition.inprocess;
