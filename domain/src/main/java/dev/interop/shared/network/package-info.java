/**
 * Klarna Network's published language, shared by both contexts: account and client ids, integration types, presentation instructions, session hints and Payment Request states by Klarna's names.
 */
package dev.interop.shared.network;
