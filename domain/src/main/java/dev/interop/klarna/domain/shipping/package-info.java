/**
 * Express checkout's dynamic shipping (klarna-facts §4.3): the (possibly partial) address the customer enters in
 * Klarna's purchase journey, the shipping options and new totals a Partner answers with, Klarna's named rejection
 * reasons, and the replaceable {@link dev.interop.klarna.domain.shipping.ShippingQuotes} policy with the sandbox's
 * {@link dev.interop.klarna.domain.shipping.DefaultShippingQuotes}. Pure values and functions: no clock, no I/O.
 */
package dev.interop.klarna.domain.shipping;
