package dev.interop.acquirer.application.port.in;

import java.util.Objects;

/** A Partner's API key as presented (never logged). */
public record AuthenticatePartnerCommand(String apiKey) {

    public AuthenticatePartnerCommand {
        Objects.requireNonNull(apiKey, "apiKey");
    }

    @Override
    public String toString() {
        return "AuthenticatePartnerCommand[…]";
    }
}
