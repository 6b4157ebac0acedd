/** Klarna's side: the Partner accounts Acquiring Partners onboard, and what Klarna's journeys need to know of them. */
package dev.interop.klarna.domain.account;
