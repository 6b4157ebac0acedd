/**
 * The composition root as builders an embedder calls: {@link dev.interop.composition.AcquirerSide} (against any
 * {@code KlarnaNetworkGateway}), {@link dev.interop.composition.KlarnaSide} (the sandbox, with any notifier), and
 * {@link dev.interop.composition.Interop} (both in one process, joined in-process). The only package that sees both
 * bounded contexts.
 */
package dev.interop.composition;
