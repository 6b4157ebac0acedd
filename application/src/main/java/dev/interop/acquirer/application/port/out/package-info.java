/**
 * What the Acquiring Partner's use cases need: its repositories, its storage bundle, the secret sealer and the gateway to Klarna's published API (the only way to Klarna).
 */
package dev.interop.acquirer.application.port.out;
