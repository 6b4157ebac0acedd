/**
 * The tokens the Acquiring Partner keeps, sealed (never in plain text at rest).
 */
package dev.interop.acquirer.domain.token;
