/**
 * The Acquiring Partner's repositories in memory, for embedders and tests; each storage on a database of its own.
 */
package dev.interop.acquirer.application.inmemory;
