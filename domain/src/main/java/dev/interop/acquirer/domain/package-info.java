/**
 * The Acquiring Partner's domain root: the context's own rejection codes
 * ({@link dev.interop.acquirer.domain.AcquirerRejection}); the concepts live in the sub-packages ({@code checkout},
 * {@code payment}, {@code journey}, {@code partner}, {@code presentation}, {@code token}).
 */
package dev.interop.acquirer.domain;
