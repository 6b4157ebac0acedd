package dev.interop.adapters.http.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Validates JSON against the schemas of an OpenAPI 3.1 document on the classpath (networknt json-schema-validator,
 * OpenAPI 3.1 dialect): either a named component schema, or the schema the document gives for an operation's
 * response (path template, method, status or {@code default}, media type). {@code $ref}s inside the document resolve
 * against it.
 */
public final class OpenApiValidator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOCUMENT_IRI = "https://interop.test/openapi.json";

    private final JsonNode document;
    private final SchemaRegistry registry;

    private OpenApiValidator(String text) {
        try {
            this.document = JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(),
                builder -> builder.schemas(java.util.Map.of(DOCUMENT_IRI, text)));
    }

    /** The adapter's own {@code openapi.json}. */
    public static OpenApiValidator forServer() {
        return fromClasspath("openapi.json");
    }

    public static OpenApiValidator fromClasspath(String resource) {
        try (InputStream in = OpenApiValidator.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no classpath resource " + resource);
            }
            return new OpenApiValidator(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parsed document (e.g. to check that every route is described). */
    public JsonNode document() {
        return document;
    }

    /** The errors of {@code json} against {@code #/components/schemas/<schemaName>}; empty when valid. */
    public List<String> schemaErrors(String schemaName, String json) {
        if (document.path("components").path("schemas").path(schemaName).isMissingNode()) {
            throw new IllegalArgumentException("the document has no schema " + schemaName);
        }
        return validate("/components/schemas/" + escape(schemaName), json);
    }

    /** Fails with every error unless {@code json} matches the named component schema. */
    public void assertMatchesSchema(String schemaName, String json) {
        fail(schemaErrors(schemaName, json), "schema " + schemaName, json);
    }

    /**
     * The errors of a response body against what the document says operation {@code method pathTemplate} answers
     * with {@code status} (or its {@code default} response) as {@code mediaType}. An undocumented operation,
     * status or media type is itself an error.
     */
    public List<String> responseErrors(String method, String pathTemplate, int status, String mediaType, String body) {
        String operationPointer = "/paths/" + escape(pathTemplate) + "/" + method.toLowerCase(Locale.ROOT);
        JsonNode operation = document.at(operationPointer);
        if (operation.isMissingNode()) {
            return List.of("the document has no operation " + method + " " + pathTemplate);
        }
        String responsePointer = operationPointer + "/responses/" + status;
        if (document.at(responsePointer).isMissingNode()) {
            responsePointer = operationPointer + "/responses/default";
        }
        JsonNode response = document.at(responsePointer);
        if (response.isMissingNode()) {
            return List.of("the document has no response " + status + " (nor default) for " + method + " " + pathTemplate);
        }
        if (response.has("$ref")) {
            responsePointer = response.get("$ref").asText().substring(1);
            response = document.at(responsePointer);
        }
        String schemaPointer = responsePointer + "/content/" + escape(mediaType) + "/schema";
        if (document.at(schemaPointer).isMissingNode()) {
            return List.of("the document has no " + mediaType + " content for " + status + " of " + method + " "
                    + pathTemplate);
        }
        return validate(schemaPointer, body);
    }

    /** Fails with every error unless the response matches the document. */
    public void assertResponse(String method, String pathTemplate, int status, String mediaType, String body) {
        fail(responseErrors(method, pathTemplate, status, mediaType, body),
                status + " " + mediaType + " of " + method + " " + pathTemplate, body);
    }

    /** Same as {@link #assertResponse(String, String, int, String, String)} for a {@link TestResponse}. */
    public void assertResponse(String method, String pathTemplate, TestResponse response) {
        assertResponse(method, pathTemplate, response.status(), response.mediaType(), response.body());
    }

    private List<String> validate(String pointer, String json) {
        Schema schema = registry.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + encodeFragment(pointer)));
        return schema.validate(json, InputFormat.JSON).stream()
                .map(error -> error.getInstanceLocation() + ": " + error.getMessage())
                .collect(Collectors.toList());
    }

    private static void fail(List<String> errors, String what, String json) {
        if (!errors.isEmpty()) {
            throw new AssertionError("does not match " + what + ":\n  " + String.join("\n  ", errors)
                    + "\nbody: " + json);
        }
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** Percent-encodes a JSON pointer for a URI fragment (RFC 6901 section 6), e.g. the braces of path templates. */
    private static String encodeFragment(String pointer) {
        StringBuilder out = new StringBuilder();
        for (byte b : pointer.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~/!$&'()*+,;=:@".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }
}
