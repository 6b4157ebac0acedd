/**
 * The Acquiring Partner's use-case implementations: framework-free, constructor-injected.
 */
package dev.interop.acquirer.application.service;
