package dev.interop.klarna.application.archfixture;

import dev.interop.composition.Interop;

/** Broken on purpose: the application ring depending on the composition and on a framework. */
public final class ApplicationOnTheWiringAndJdbi {

    public Object engine() {
        return Interop.inMemory();
    }

    public Class<?> framework() {
        return org.jdbi.v3.core.Jdbi.class;
    }
}
