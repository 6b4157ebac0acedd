/**
 * QuickTheories generators for Payment Requests, shipping and authorization contexts, and
 * {@link dev.interop.testkit.klarna.paymentrequest.PaymentRequestCommand}, a command language for model-based tests of the
 * Payment Request machine. Published for embedders' own property tests; nothing here is used in production code.
 */
package dev.interop.testkit.klarna.paymentrequest;
