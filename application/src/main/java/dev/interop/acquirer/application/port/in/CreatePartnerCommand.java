package dev.interop.acquirer.application.port.in;

import dev.interop.shared.network.IntegrationType;
import java.util.Objects;

/** Admin: register a Partner. The name is 1..200 characters (checked by the domain's profile). */
public record CreatePartnerCommand(String name, IntegrationType integrationType, boolean dynamicShipping) {

    public CreatePartnerCommand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(integrationType, "integrationType");
    }
}
