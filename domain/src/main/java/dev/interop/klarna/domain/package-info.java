/**
 * Klarna's domain root: the context's own rejection codes ({@link dev.interop.klarna.domain.KlarnaRejection}); the
 * concepts live in the sub-packages ({@code session}, {@code paymentrequest}, {@code authorization},
 * {@code shipping}, {@code presentation}, {@code account}, {@code notification}).
 */
package dev.interop.klarna.domain;
