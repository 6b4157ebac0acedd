package dev.interop.klarna.application.port.in;

import dev.interop.shared.network.KlarnaClientId;
import java.util.Objects;

/** The Partner exchanges a Sign in with Klarna customer token for an interoperability token. */
public record ExchangeCustomerTokenCommand(KlarnaClientId clientId, String customerToken) {

    public ExchangeCustomerTokenCommand {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(customerToken, "customerToken");
    }

    @Override
    public String toString() {
        return "ExchangeCustomerTokenCommand[clientId=" + clientId + ", customerToken=…]";
    }
}
