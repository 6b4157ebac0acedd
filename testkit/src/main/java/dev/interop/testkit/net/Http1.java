package dev.interop.testkit.net;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** HTTP/1.1 message framing on plain streams: just enough to read and write requests and answers exactly. */
final class Http1 {

    static final int MAX_LINE = 64 * 1024;
    static final int MAX_HEADERS = 256;
    static final int MAX_BODY = 64 * 1024 * 1024;

    /** Headers that describe one connection, never forwarded (RFC 9110 section 7.6.1), plus proxy-only ones. */
    static final Set<String> HOP_BY_HOP = Set.of(
            "connection", "keep-alive", "proxy-connection", "transfer-encoding", "te", "trailer", "upgrade",
            "proxy-authenticate", "proxy-authorization");

    private static final byte[] CRLF = {'\r', '\n'};

    private Http1() {
    }

    /** A message the proxy cannot frame: answered with {@code status} when it came from the caller. */
    static final class BadMessage extends IOException {
        final int status;

        BadMessage(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    /** An answer read from the target or made by the proxy; the body is exact bytes, already de-chunked. */
    record Response(int status, String reason, Map<String, List<String>> headers, byte[] body) {

        static Response text(int status, String body) {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            headers.put("Content-Type", List.of("text/plain; charset=utf-8"));
            return new Response(status, Http1.reason(status), headers, body.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Reads one line up to LF, drops a CR before it; {@code null} at end of stream before any byte. */
    static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                if (line.size() == 0) {
                    return null;
                }
                throw new EOFException("stream ended inside a line");
            }
            if (line.size() >= MAX_LINE) {
                throw new BadMessage(431, "line longer than " + MAX_LINE + " bytes");
            }
            line.write(b);
        }
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    }

    /** Reads header lines up to the empty line; folded lines are joined when {@code allowFolding}, else refused. */
    static Map<String, List<String>> readHeaders(InputStream in, boolean allowFolding) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        Map<String, String> spellings = new LinkedHashMap<>();
        String lastName = null;
        int count = 0;
        while (true) {
            String line = readLine(in);
            if (line == null) {
                throw new EOFException("stream ended inside the header section");
            }
            if (line.isEmpty()) {
                return headers;
            }
            if (++count > MAX_HEADERS) {
                throw new BadMessage(431, "more than " + MAX_HEADERS + " header lines");
            }
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                if (!allowFolding || lastName == null) {
                    throw new BadMessage(400, "folded header line");
                }
                List<String> values = headers.get(lastName);
                int last = values.size() - 1;
                values.set(last, values.get(last) + " " + trimWhitespace(line));
                continue;
            }
            int colon = line.indexOf(':');
            String name = colon > 0 ? line.substring(0, colon) : "";
            if (!RawRequest.isToken(name)) {
                throw new BadMessage(400, "malformed header line: " + line);
            }
            String value = trimWhitespace(line.substring(colon + 1));
            if (value.indexOf('\0') >= 0 || value.indexOf('\r') >= 0) {
                throw new BadMessage(400, "control character in header " + name);
            }
            String spelling = spellings.computeIfAbsent(name.toLowerCase(Locale.ROOT), lower -> name);
            headers.computeIfAbsent(spelling, key -> new ArrayList<>()).add(value);
            lastName = spelling;
        }
    }

    /** The first value of a header, ignoring the name's case. */
    static Optional<String> first(Map<String, List<String>> headers, String name) {
        return values(headers, name).stream().findFirst();
    }

    /** All values of a header, ignoring the name's case. */
    static List<String> values(Map<String, List<String>> headers, String name) {
        List<String> found = new ArrayList<>();
        headers.forEach((key, values) -> {
            if (key.equalsIgnoreCase(name)) {
                found.addAll(values);
            }
        });
        return found;
    }

    /** The comma-separated elements of all values of a header, lower case, e.g. the codings of Transfer-Encoding. */
    static List<String> elements(Map<String, List<String>> headers, String name) {
        List<String> elements = new ArrayList<>();
        for (String value : values(headers, name)) {
            for (String element : value.split(",")) {
                String trimmed = trimWhitespace(element).toLowerCase(Locale.ROOT);
                if (!trimmed.isEmpty()) {
                    elements.add(trimmed);
                }
            }
        }
        return elements;
    }

    /** Names that must not travel past this connection: the hop-by-hop set and what {@code Connection} names. */
    static Set<String> connectionScoped(Map<String, List<String>> headers) {
        Set<String> names = new HashSet<>(HOP_BY_HOP);
        names.addAll(elements(headers, "Connection"));
        return names;
    }

    /** Reads a body framed by {@code Transfer-Encoding} or {@code Content-Length}; unframed: to EOF or empty. */
    static byte[] readBody(InputStream in, Map<String, List<String>> headers, boolean untilEofWithoutLength)
            throws IOException {
        List<String> codings = elements(headers, "Transfer-Encoding");
        if (!codings.isEmpty()) {
            if (!codings.get(codings.size() - 1).equals("chunked")) {
                if (untilEofWithoutLength) {
                    return readToEnd(in);
                }
                throw new BadMessage(501, "unsupported Transfer-Encoding: " + codings);
            }
            return readChunked(in);
        }
        Optional<Long> length = contentLength(headers);
        if (length.isPresent()) {
            return readFixed(in, length.get());
        }
        return untilEofWithoutLength ? readToEnd(in) : new byte[0];
    }

    /** The declared {@code Content-Length}, refusing negative, malformed or conflicting values. */
    static Optional<Long> contentLength(Map<String, List<String>> headers) throws BadMessage {
        List<String> declared = elements(headers, "Content-Length");
        if (declared.isEmpty()) {
            return Optional.empty();
        }
        if (declared.stream().distinct().count() > 1) {
            throw new BadMessage(400, "conflicting Content-Length values: " + declared);
        }
        String digits = declared.get(0);
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new BadMessage(400, "malformed Content-Length: " + digits);
        }
        return Optional.of(Long.parseLong(digits));
    }

    static boolean hasBodyFraming(Map<String, List<String>> headers) {
        return !values(headers, "Transfer-Encoding").isEmpty() || !values(headers, "Content-Length").isEmpty();
    }

    private static byte[] readFixed(InputStream in, long length) throws IOException {
        if (length > MAX_BODY) {
            throw new BadMessage(413, "body of " + length + " bytes exceeds " + MAX_BODY);
        }
        byte[] body = in.readNBytes((int) length);
        if (body.length != length) {
            throw new EOFException("stream ended after " + body.length + " of " + length + " body bytes");
        }
        return body;
    }

    private static byte[] readChunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String line = readLine(in);
            if (line == null) {
                throw new EOFException("stream ended before the last chunk");
            }
            int extension = line.indexOf(';');
            String hex = trimWhitespace(extension < 0 ? line : line.substring(0, extension));
            long size;
            try {
                size = hex.isEmpty() || hex.length() > 15 ? -1 : Long.parseLong(hex, 16);
            } catch (NumberFormatException e) {
                size = -1;
            }
            if (size < 0) {
                throw new BadMessage(400, "malformed chunk size: " + line);
            }
            if (size == 0) {
                readHeaders(in, true);
                return body.toByteArray();
            }
            if (body.size() + size > MAX_BODY) {
                throw new BadMessage(413, "chunked body exceeds " + MAX_BODY + " bytes");
            }
            body.write(readFixed(in, size));
            String end = readLine(in);
            if (end == null || !end.isEmpty()) {
                throw new BadMessage(400, "chunk not followed by CRLF");
            }
        }
    }

    private static byte[] readToEnd(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            throw new BadMessage(413, "body exceeds " + MAX_BODY + " bytes");
        }
        return body;
    }

    /** Writes a start line or header line and its CRLF, as ISO-8859-1 bytes (one byte per character). */
    static void writeLine(OutputStream out, String line) throws IOException {
        out.write(line.getBytes(StandardCharsets.ISO_8859_1));
        out.write(CRLF);
    }

    static String trimWhitespace(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t';
    }

    /** A conventional reason phrase for a status. */
    static String reason(int status) {
        return switch (status) {
            case 100 -> "Continue";
            case 200 -> "OK";
            case 201 -> "Created";
            case 202 -> "Accepted";
            case 204 -> "No Content";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 303 -> "See Other";
            case 304 -> "Not Modified";
            case 307 -> "Temporary Redirect";
            case 308 -> "Permanent Redirect";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 411 -> "Length Required";
            case 412 -> "Precondition Failed";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> status < 400 ? "Status " + status : "Error";
        };
    }
}
