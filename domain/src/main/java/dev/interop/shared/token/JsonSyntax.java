package dev.interop.shared.token;

/**
 * A strict RFC 8259 well-formedness check with no dependency and no allocation beyond the cursor: the domain only
 * needs to know whether a string is JSON, never what it says. Nesting is bounded so hostile input cannot exhaust
 * the stack.
 */
final class JsonSyntax {

    private static final int MAX_DEPTH = 256;

    private final String text;
    private int at;

    private JsonSyntax(String text) {
        this.text = text;
    }

    static boolean isWellFormed(String text) {
        JsonSyntax parser = new JsonSyntax(text);
        try {
            parser.skipWhitespace();
            parser.value(0);
            parser.skipWhitespace();
            return parser.at == text.length();
        } catch (Malformed malformed) {
            return false;
        }
    }

    private void value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new Malformed();
        }
        char c = peek();
        switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> number();
        }
    }

    private void object(int depth) {
        at++;
        skipWhitespace();
        if (peek() == '}') {
            at++;
            return;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw new Malformed();
            }
            string();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            value(depth + 1);
            skipWhitespace();
            char next = next();
            if (next == '}') {
                return;
            }
            if (next != ',') {
                throw new Malformed();
            }
        }
    }

    private void array(int depth) {
        at++;
        skipWhitespace();
        if (peek() == ']') {
            at++;
            return;
        }
        while (true) {
            skipWhitespace();
            value(depth + 1);
            skipWhitespace();
            char next = next();
            if (next == ']') {
                return;
            }
            if (next != ',') {
                throw new Malformed();
            }
        }
    }

    private void string() {
        expect('"');
        while (true) {
            char c = next();
            if (c == '"') {
                return;
            }
            if (c < 0x20) {
                throw new Malformed();
            }
            if (c == '\\') {
                char escaped = next();
                switch (escaped) {
                    case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> { }
                    case 'u' -> {
                        for (int i = 0; i < 4; i++) {
                            if (Character.digit(next(), 16) < 0) {
                                throw new Malformed();
                            }
                        }
                    }
                    default -> throw new Malformed();
                }
            }
        }
    }

    private void number() {
        if (peek() == '-') {
            at++;
        }
        if (peek() == '0') {
            at++;
        } else {
            digits();
        }
        if (at < text.length() && text.charAt(at) == '.') {
            at++;
            digits();
        }
        if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
            at++;
            if (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
                at++;
            }
            digits();
        }
    }

    private void digits() {
        int start = at;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        if (at == start) {
            throw new Malformed();
        }
    }

    private void literal(String word) {
        if (!text.startsWith(word, at)) {
            throw new Malformed();
        }
        at += word.length();
    }

    private void skipWhitespace() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            at++;
        }
    }

    private void expect(char wanted) {
        if (next() != wanted) {
            throw new Malformed();
        }
    }

    private char peek() {
        if (at >= text.length()) {
            throw new Malformed();
        }
        return text.charAt(at);
    }

    private char next() {
        char c = peek();
        at++;
        return c;
    }

    /** Control flow for the first syntax error; carries no stack trace. */
    private static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Malformed() {
            super(null, null, false, false);
        }
    }
}
