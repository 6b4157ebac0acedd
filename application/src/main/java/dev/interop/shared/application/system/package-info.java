/**
 * The JDK-backed implementations of the time, identity and secret ports: system clock, random UUIDs, 256-bit
 * secure random secrets, and AES-GCM sealing of tokens the Acquiring Partner must keep to forward later.
 */
package dev.interop.shared.application.system;
