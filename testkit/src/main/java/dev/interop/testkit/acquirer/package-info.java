/**
 * Property-test generators and commands for the Acquiring Partner side of the domain: partners of both integration
 * types, money and line items that sum, sealed tokens, checkout sessions, payments, and command sequences to run
 * against the checkout session and payment machines in model-based tests.
 */
package dev.interop.testkit.acquirer;
