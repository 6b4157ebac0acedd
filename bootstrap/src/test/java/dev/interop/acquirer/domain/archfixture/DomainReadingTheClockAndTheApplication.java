package dev.interop.acquirer.domain.archfixture;

import dev.interop.acquirer.application.port.out.PaymentRepository;
import java.time.Instant;

/** Broken on purpose: a domain class that reads the clock and depends on an application port. */
public final class DomainReadingTheClockAndTheApplication {

    public Instant now(PaymentRepository payments) {
        return payments == null ? Instant.now() : Instant.EPOCH;
    }
}
