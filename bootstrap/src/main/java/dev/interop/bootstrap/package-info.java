/**
 * The composition root: reads the configuration, opens the database, wires the engine with the JDBC adapters, serves
 * it over HTTP, runs the expiry sweeper, and stops gracefully. The only package that sees every module.
 */
package dev.interop.bootstrap;
