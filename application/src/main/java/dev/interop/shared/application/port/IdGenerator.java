package dev.interop.shared.application.port;

/**
 * The only source of new identifiers (R16): answers a fresh, globally unique, URL-safe string (a UUID in the
 * default adapter) that services put into typed ids such as {@code krn:shopping:eu1:session:<id>}.
 */
@FunctionalInterface
public interface IdGenerator {

    String newId();
}
