/**
 * Vocabulary shared by in-ports and out-ports (and nothing else): {@code port.in} and {@code port.out} never depend on
 * each other, only on this package and the domain.
 */
package dev.interop.application.port;
