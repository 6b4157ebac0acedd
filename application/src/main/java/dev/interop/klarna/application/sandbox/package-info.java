/**
 * The Klarna sandbox's judgement, as plain implementations of out-ports an embedder may replace: customers told
 * apart by their e-mail address ({@code +decline}, {@code +stepup}, {@code +noprequal}) and the default shipping
 * quotes for every Partner.
 */
package dev.interop.klarna.application.sandbox;
