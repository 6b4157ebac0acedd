package dev.interop.klarna.application.port.in;

import dev.interop.shared.network.KlarnaClientId;
import dev.interop.klarna.domain.session.CustomerTokenScope;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.util.Objects;

/** Sign in with Klarna: the customer logs in on the Partner's site and grants scopes. */
public record SignInCommand(KlarnaClientId clientId, String email, Option<String> givenName,
        Option<String> familyName, Set<CustomerTokenScope> scopes) {

    public SignInCommand {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(scopes, "scopes");
    }
}
