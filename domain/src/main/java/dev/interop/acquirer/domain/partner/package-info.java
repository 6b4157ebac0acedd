/**
 * Partners (merchants) as the Acquiring Partner and Klarna know them: identity, credentials' public parts and the
 * integration profile that decides which journeys are open to them (R8).
 */
package dev.interop.acquirer.domain.partner;
