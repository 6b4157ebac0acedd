package dev.interop.domain.partner;

import java.util.Objects;

/**
 * The public client id a Partner's web page gives Klarna's SDK; it identifies the Partner to the Boost features.
 * Invariant: 1..128 characters of {@code [A-Za-z0-9_.:-]}. Public, so it may be logged.
 */
public record KlarnaClientId(String value) {

    public KlarnaClientId {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Za-z0-9_.:-]{1,128}")) {
            throw new IllegalArgumentException("not a client id: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
