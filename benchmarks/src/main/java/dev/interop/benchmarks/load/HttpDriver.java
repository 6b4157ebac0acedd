package dev.interop.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One virtual customer's view of the server: sends a request, times it from just before sending to the last byte of
 * the body, and records the latency under the step's name while recording is on. An unexpected status or an I/O
 * failure is recorded as an error and ends the journey ({@link JourneyFailed}).
 */
public final class HttpDriver {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client;
    private final URI base;
    private final WorkerStats stats;
    private final BooleanSupplier recording;
    private final Consumer<String> beforeStep;

    HttpDriver(HttpClient client, URI base, WorkerStats stats, BooleanSupplier recording) {
        this(client, base, stats, recording, step -> { });
    }

    private HttpDriver(HttpClient client, URI base, WorkerStats stats, BooleanSupplier recording,
            Consumer<String> beforeStep) {
        this.client = client;
        this.base = Loopback.require(base);
        this.stats = stats;
        this.recording = recording;
        this.beforeStep = beforeStep;
    }

    /** A driver that records nothing, for set-up calls such as creating the Partner. */
    public static HttpDriver unrecorded(HttpClient client, URI base) {
        return new HttpDriver(client, base, new WorkerStats(), () -> false);
    }

    /** A driver that records nothing and tells {@code beforeStep} each step's name just before sending it. */
    public static HttpDriver observed(HttpClient client, URI base, Consumer<String> beforeStep) {
        return new HttpDriver(client, base, new WorkerStats(), () -> false, beforeStep);
    }

    /** A JSON answer. */
    public record Answer(int status, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new JourneyFailed("not JSON: " + body);
            }
        }

        public String text(String pointer) {
            JsonNode node = json().at(pointer);
            if (node.isMissingNode() || node.isNull()) {
                throw new JourneyFailed("no " + pointer + " in " + body);
            }
            return node.asText();
        }
    }

    /**
     * Sends {@code method path} with {@code body} (or none) and {@code headers} (name, value, ...), expecting
     * {@code expected}; records it as {@code step}.
     */
    public Answer send(String step, String method, String path, String body, int expected, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        beforeStep.accept(step);
        long started = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            fail(step + ": " + e.getClass().getSimpleName());
            throw new JourneyFailed(step + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JourneyFailed(step + ": interrupted");
        }
        long elapsed = System.nanoTime() - started;
        if (recording.getAsBoolean()) {
            stats.request(step, elapsed);
        }
        if (response.statusCode() != expected) {
            fail(step + ": " + response.statusCode() + " " + codeOf(response.body()));
            throw new JourneyFailed(step + " answered " + response.statusCode() + ": " + response.body());
        }
        return new Answer(response.statusCode(), response.body());
    }

    private void fail(String kind) {
        if (recording.getAsBoolean()) {
            stats.error(kind);
        }
    }

    private static String codeOf(String body) {
        try {
            return JSON.readTree(body).path("code").asText("");
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
