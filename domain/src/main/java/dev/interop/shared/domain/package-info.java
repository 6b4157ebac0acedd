/**
 * The shared kernel of the domain: money, identifiers, rejections, events and the typed transition tables that
 * every state machine of the product is built on. Nothing here reads the clock or makes identifiers (R16): time
 * and ids always come in as arguments.
 */
package dev.interop.shared.domain;
