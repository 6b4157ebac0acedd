package dev.interop.klarna.domain.session;

import java.util.Objects;
import java.util.regex.Pattern;

/** Shape checks for identifiers other systems give us (payment request, transaction and customer token references). */
final class References {

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._~:-]{1,255}");

    private References() {
    }

    /** A reference is 1..255 URL-safe characters (a KRN fits); throws for anything else. */
    static String require(String value, String name) {
        Objects.requireNonNull(value, name);
        if (!isValid(value)) {
            throw new IllegalArgumentException(name + " must be 1..255 characters of [A-Za-z0-9._~:-]");
        }
        return value;
    }

    static boolean isValid(String value) {
        return value != null && REFERENCE.matcher(value).matches();
    }
}
