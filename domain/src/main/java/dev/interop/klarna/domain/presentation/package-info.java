/**
 * Klarna's side of R4: the market it serves and the rule that turns a customer session into a presentation instruction.
 */
package dev.interop.klarna.domain.presentation;
