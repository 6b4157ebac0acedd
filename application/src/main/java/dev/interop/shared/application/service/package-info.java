/**
 * Helpers both contexts' services use: atomic units of work, event recording, event payloads, idempotent runs (R13).
 */
package dev.interop.shared.application.service;
