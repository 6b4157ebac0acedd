package dev.interop.acquirer.domain.payment;

import java.util.Objects;

/** Checks for the free texts that come back from Klarna (ids, URLs, reasons). */
final class Texts {

    private Texts() {
    }

    static String require(String text, String name, int maxLength) {
        Objects.requireNonNull(text, name);
        if (text.isBlank() || text.length() > maxLength) {
            throw new IllegalArgumentException(name + " has 1.." + maxLength + " characters");
        }
        return text;
    }
}
