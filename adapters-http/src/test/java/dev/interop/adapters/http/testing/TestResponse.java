package dev.interop.adapters.http.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpHeaders;
import java.util.Optional;

/** A response as the client saw it: status, headers and the body as text. */
public record TestResponse(int status, HttpHeaders headers, String body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The first value of a header, if present. */
    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** The Content-Type without parameters ({@code text/plain} for {@code text/plain; charset=utf-8}). */
    public String mediaType() {
        String contentType = header("Content-Type").orElse("");
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
    }

    /** The body parsed as JSON. */
    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError("the body is not JSON: " + body, e);
        }
    }
}
