package dev.interop.adapters.http;

/** RFC 6901 JSON pointers: the empty pointer is the whole document; each step is {@code /} plus an escaped token. */
public final class JsonPointers {

    private JsonPointers() {
    }

    /** The pointer to the member {@code name} of the value at {@code base}. */
    public static String child(String base, String name) {
        return base + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** The pointer to the element {@code index} of the array at {@code base}. */
    public static String element(String base, int index) {
        return base + "/" + index;
    }
}
