/**
 * The Acquiring Partner's use cases (admin, Partner API, Klarna's notifications): one interface and command record each.
 */
package dev.interop.acquirer.application.port.in;
