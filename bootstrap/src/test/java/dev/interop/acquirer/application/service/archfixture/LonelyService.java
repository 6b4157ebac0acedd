package dev.interop.acquirer.application.service.archfixture;

/** Broken on purpose: a service that implements no use case. */
public final class LonelyService {

    public int answer() {
        return 42;
    }
}
