/**
 * The Acquiring Partner's system adapters: AES-GCM sealing of the tokens it must keep.
 */
package dev.interop.acquirer.application.system;
