package dev.interop.klarna.application.port.in;

import dev.interop.shared.network.IntegrationType;
import java.util.Objects;

/**
 * An Acquiring Partner onboards one of its Partners with Klarna ({@code POST /v2/partner/accounts}).
 * {@code reference} is the Acquiring Partner's own id for the Partner: onboarding the same reference again answers
 * the account made the first time, so a retried call never makes a second account.
 */
public record OnboardPartnerCommand(String reference, String name, IntegrationType integrationType,
        boolean dynamicShipping) {

    public OnboardPartnerCommand {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(integrationType, "integrationType");
    }
}
