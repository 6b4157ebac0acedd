/**
 * The interoperability data points (R7) and the token's secret handling (R2): the opaque token value, its hash
 * (the only form ever stored), and the stringified JSON data that travels byte for byte to Klarna.
 */
package dev.interop.shared.token;
