package dev.interop.acquirer.domain.partner;

import java.util.Objects;
import java.util.regex.Pattern;

/** The Acquiring Partner's own identifier of a Partner. Invariant: 1..64 characters of {@code [A-Za-z0-9_-]}. */
public record PartnerId(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public PartnerId {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a partner id: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
