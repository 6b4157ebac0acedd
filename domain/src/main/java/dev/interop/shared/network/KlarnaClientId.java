package dev.interop.shared.network;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The public client id a Partner's web page gives Klarna's SDK; it identifies the Partner to the Boost features.
 * Invariant: 1..128 characters of {@code [A-Za-z0-9_.:-]}. Public, so it may be logged.
 */
public record KlarnaClientId(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_.:-]{1,128}");

    public KlarnaClientId {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a client id: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
