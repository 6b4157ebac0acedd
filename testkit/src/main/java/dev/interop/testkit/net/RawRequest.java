package dev.interop.testkit.net;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request as {@link FaultInjectingProxy} received it: method, request target (path and query, exactly as
 * sent), headers and the body as exact bytes (a chunked body is already decoded). Immutable: the body is copied in
 * and out, and the {@code with…} methods return changed copies, for {@link Fault#mutateRequest}.
 *
 * <p>Header names are unique ignoring case (values of names that differ only in case are merged under the first
 * spelling, in order); each name is an HTTP token and each value holds ISO-8859-1 characters without CR, LF or NUL,
 * so a request can always be written back to the wire unchanged.
 *
 * @param method the request method, an HTTP token such as {@code POST}
 * @param target the request target in origin form ({@code /path?query}), or {@code *}; bytes outside ASCII are
 *     kept as ISO-8859-1 characters so they go out unchanged
 * @param headers the header fields by name, in the order received
 * @param body the body bytes, empty when the request had none
 */
public record RawRequest(String method, String target, Map<String, List<String>> headers, byte[] body) {

    /** Checks every part and takes immutable copies. */
    public RawRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        if (!isToken(method)) {
            throw new IllegalArgumentException("method must be an HTTP token: " + method);
        }
        if (!(target.equals("*") || target.startsWith("/")) || !isVisible(target)) {
            throw new IllegalArgumentException("target must be /path[?query] or * without spaces: " + target);
        }
        headers = normalized(headers);
        body = body.clone();
    }

    /**
     * A request without headers or body.
     *
     * @param method the request method
     * @param target the request target, {@code /path?query}
     * @return the request
     */
    public static RawRequest of(String method, String target) {
        return new RawRequest(method, target, Map.of(), new byte[0]);
    }

    /** @return a copy of the body bytes */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** @return the body decoded as UTF-8 */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** @return the path part of the target, without the query */
    public String path() {
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }

    /** @return the query part of the target, without the {@code ?}, if there is one */
    public Optional<String> query() {
        int query = target.indexOf('?');
        return query < 0 ? Optional.empty() : Optional.of(target.substring(query + 1));
    }

    /**
     * The first value of a header.
     *
     * @param name the header name, any case
     * @return its first value, if the request has the header
     */
    public Optional<String> header(String name) {
        return headerValues(name).stream().findFirst();
    }

    /**
     * All values of a header.
     *
     * @param name the header name, any case
     * @return its values in order, empty if the request lacks it
     */
    public List<String> headerValues(String name) {
        return headers.entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(List.of());
    }

    /**
     * @param newMethod the method to send instead
     * @return a copy with that method
     */
    public RawRequest withMethod(String newMethod) {
        return new RawRequest(newMethod, target, headers, body);
    }

    /**
     * @param newTarget the request target to send instead, {@code /path?query}
     * @return a copy with that target
     */
    public RawRequest withTarget(String newTarget) {
        return new RawRequest(method, newTarget, headers, body);
    }

    /**
     * @param name a header name, any case
     * @param value its single new value
     * @return a copy where {@code name} has only {@code value}, in place if it was present, else last
     */
    public RawRequest withHeader(String name, String value) {
        Map<String, List<String>> changed = new LinkedHashMap<>();
        boolean replaced = false;
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name)) {
                if (!replaced) {
                    changed.put(name, List.of(value));
                    replaced = true;
                }
            } else {
                changed.put(header.getKey(), header.getValue());
            }
        }
        if (!replaced) {
            changed.put(name, List.of(value));
        }
        return new RawRequest(method, target, changed, body);
    }

    /**
     * @param name a header name, any case
     * @return a copy without that header
     */
    public RawRequest withoutHeader(String name) {
        Map<String, List<String>> changed = new LinkedHashMap<>(headers);
        changed.keySet().removeIf(key -> key.equalsIgnoreCase(name));
        return new RawRequest(method, target, changed, body);
    }

    /**
     * @param newBody the body bytes to send instead
     * @return a copy with that body ({@code Content-Length} is recomputed when forwarding)
     */
    public RawRequest withBody(byte[] newBody) {
        return new RawRequest(method, target, headers, newBody);
    }

    /**
     * @param newBody the body to send instead, encoded as UTF-8
     * @return a copy with that body ({@code Content-Length} is recomputed when forwarding)
     */
    public RawRequest withBody(String newBody) {
        return withBody(newBody.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RawRequest that
                && method.equals(that.method)
                && target.equals(that.target)
                && headers.equals(that.headers)
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, target, headers, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "RawRequest[" + method + " " + target + ", headers=" + headers + ", body=" + body.length + " bytes]";
    }

    private static Map<String, List<String>> normalized(Map<String, List<String>> headers) {
        Map<String, List<String>> merged = new LinkedHashMap<>();
        Map<String, String> spellings = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            Objects.requireNonNull(name, "header name");
            Objects.requireNonNull(values, "header values");
            if (!isToken(name)) {
                throw new IllegalArgumentException("header name must be an HTTP token: " + name);
            }
            for (String value : values) {
                requireWritable(name, value);
            }
            String spelling = spellings.computeIfAbsent(name.toLowerCase(Locale.ROOT), lower -> name);
            merged.computeIfAbsent(spelling, key -> new ArrayList<>()).addAll(values);
        });
        Map<String, List<String>> copy = new LinkedHashMap<>();
        merged.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return Collections.unmodifiableMap(copy);
    }

    private static void requireWritable(String name, String value) {
        Objects.requireNonNull(value, "value of header " + name);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > 0xFF || c == '\r' || c == '\n' || c == 0) {
                throw new IllegalArgumentException(
                        "value of header " + name + " must be ISO-8859-1 without CR, LF or NUL: " + value);
            }
        }
    }

    static boolean isToken(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean alphanumeric = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!alphanumeric && "!#$%&'*+-.^_`|~".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVisible(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c == 0x7F || c > 0xFF) {
                return false;
            }
        }
        return true;
    }
}
