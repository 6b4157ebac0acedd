/**
 * Out-ports: what the use cases need from the world (storage, time, randomness, Klarna, the Partner's shipping
 * quotes), as interfaces adapters implement. Named {@code <Noun>Repository} and {@code <Noun>Gateway}.
 */
package dev.interop.klarna.application.port.out;
