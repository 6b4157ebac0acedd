package dev.interop.shared.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Klarna Resource Name, the shape Klarna gives its identifiers, such as
 * {@code krn:shopping:eu1:session:1b4e28ba-2fa1-11d2-883f-0016d3cca427}. Invariant: starts with {@code krn:},
 * at most 255 characters, only URL-safe characters. The domain never makes one up: the unique tail always
 * comes from an {@code IdGenerator} outside the domain (R16).
 */
public record Krn(String value) {

    private static final Pattern SHAPE = Pattern.compile("krn:[a-z0-9-]+(:[A-Za-z0-9._~-]+)+");

    public Krn {
        Objects.requireNonNull(value, "value");
        if (value.length() > 255 || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a KRN: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && value.length() <= 255 && SHAPE.matcher(value).matches();
    }

    /** Builds {@code krn:<namespace>:<region>:<resource>:<unique>}. */
    public static Krn of(String namespace, String region, String resource, String unique) {
        return new Krn("krn:" + namespace + ":" + region + ":" + resource + ":" + unique);
    }

    @Override
    public String toString() {
        return value;
    }
}
