package dev.interop.domain.partner;

import java.util.Objects;

/** The Acquiring Partner's own identifier of a Partner. Invariant: 1..64 characters of {@code [A-Za-z0-9_-]}. */
public record PartnerId(String value) {

    public PartnerId {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("not a partner id: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
