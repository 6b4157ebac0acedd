package dev.interop.klarna.domain.session;

import dev.interop.shared.token.TokenHash;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who the customer is, as Sign in with Klarna told us. Invariants: an e-mail address of at most 254 characters with
 * exactly one {@code @} and text on both sides; given and family names, when present, 1..100 non-blank characters;
 * the customer token is kept only as its public reference (1..255 URL-safe characters) and its {@link TokenHash}
 * (R2), never in plain text; at least one scope. {@link #toString()} masks the e-mail address (personal data).
 */
public record CustomerIdentity(String email, Option<String> givenName, Option<String> familyName,
        String customerTokenReference, TokenHash customerTokenHash, Set<CustomerTokenScope> scopes) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    public CustomerIdentity {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(customerTokenHash, "customerTokenHash");
        Objects.requireNonNull(scopes, "scopes");
        if (!isValidEmail(email)) {
            throw new IllegalArgumentException("not an e-mail address");
        }
        givenName.forEach(name -> requireName(name, "givenName"));
        familyName.forEach(name -> requireName(name, "familyName"));
        References.require(customerTokenReference, "customerTokenReference");
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("a customer token has at least one scope");
        }
    }

    /** The check the constructor makes, for adapters that want to answer a 400 first. */
    public static boolean isValidEmail(String email) {
        return email != null && email.length() <= 254 && EMAIL.matcher(email).matches();
    }

    private static void requireName(String name, String which) {
        if (name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException(which + " has 1..100 non-blank characters");
        }
    }

    public boolean hasScope(CustomerTokenScope scope) {
        return scopes.contains(scope);
    }

    @Override
    public String toString() {
        int at = email.indexOf('@');
        return "CustomerIdentity[email=" + email.charAt(0) + "***" + email.substring(at)
                + ", customerTokenReference=" + customerTokenReference + ", scopes=" + scopes.mkString(",") + "]";
    }
}
