/**
 * Draws the transition tables of both contexts as Mermaid diagrams.
 */
package dev.interop.testkit.diagrams;
