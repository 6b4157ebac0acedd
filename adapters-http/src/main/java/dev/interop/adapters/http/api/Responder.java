package dev.interop.adapters.http.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interop.adapters.http.HttpServerFactory;
import dev.interop.adapters.http.IdempotencyKey;
import dev.interop.adapters.http.Problem;
import dev.interop.adapters.http.ProblemException;
import dev.interop.shared.application.port.StoredResponse;
import dev.interop.shared.application.port.RunIdempotentlyCommand;
import dev.interop.shared.application.port.RunIdempotentlyUseCase;
import dev.interop.shared.application.port.UseCaseError;
import io.javalin.http.Context;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Answers requests, honouring {@code Idempotency-Key} (on Klarna's face also {@code Klarna-Idempotency-Key}) on
 * mutating ones (R13) through {@link RunIdempotentlyUseCase}.
 *
 * <p>A mutating endpoint first authenticates the caller and validates its input (a 400 is never stored, so a
 * corrected retry may reuse the key, as with Stripe), then hands the use-case work to {@link #mutate} as an action
 * returning a {@link Reply}. With a key, the action runs at most once per (scope, key): its reply, success or
 * problem, is stored as status and exact body; a replay answers the same status and body with
 * {@code Idempotent-Replayed: true}; the same key with another request is 422 {@code IDEMPOTENCY_KEY_REUSED}, a key
 * still in flight 409 {@code IDEMPOTENCY_KEY_IN_FLIGHT}. A request is the method, route template, path parameters,
 * {@code If-Match} and raw body. Headers derived from the body ({@code ETag}, {@code Location}) are recomputed from
 * the stored body by a {@link ResponseHeaders}, so a replay carries them too. Stored problems leave out the request
 * path and correlation id, which the replay fills in afresh.
 */
final class Responder {

    /** The header marking a replayed response. */
    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final RunIdempotentlyUseCase idempotency;
    private final KeySource keys;

    /** Keys from {@code Idempotency-Key}. */
    Responder(RunIdempotentlyUseCase idempotency) {
        this(idempotency, KeySource.STANDARD);
    }

    Responder(RunIdempotentlyUseCase idempotency, KeySource keys) {
        this.idempotency = Objects.requireNonNull(idempotency, "idempotency");
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /** Where a request's idempotency key comes from. */
    @FunctionalInterface
    interface KeySource {
        /** {@code Idempotency-Key}, on every face. */
        KeySource STANDARD = IdempotencyKey::from;
        /** {@code Klarna-Idempotency-Key} or {@code Idempotency-Key}: Klarna's AP-facing face. */
        KeySource KLARNA = IdempotencyKey::fromKlarna;

        /** The key; empty when the request has none; a 400 {@code ProblemException} when it is malformed. */
        Optional<IdempotencyKey> keyOf(Context ctx);
    }

    /** Derives response headers from a successful JSON body (fresh or replayed). */
    @FunctionalInterface
    interface ResponseHeaders {
        ResponseHeaders NONE = (ctx, status, body) -> {
        };
        ResponseHeaders ETAG = (ctx, status, body) -> etag(ctx, body);

        void apply(Context ctx, int status, JsonNode body);
    }

    /**
     * Runs {@code action} for a mutating request of {@code scope} on route {@code routeTemplate}, idempotently when
     * the request has a key (from this responder's {@link KeySource}), and writes the reply.
     */
    void mutate(Context ctx, String scope, String routeTemplate, Supplier<Reply> action, ResponseHeaders headers) {
        ObjectMapper mapper = ctx.appData(HttpServerFactory.OBJECT_MAPPER);
        Optional<IdempotencyKey> key = keys.keyOf(ctx);
        if (key.isEmpty()) {
            write(ctx, mapper, live(mapper, action.get()), false, headers);
            return;
        }
        AtomicReference<Reply> fresh = new AtomicReference<>();
        Supplier<StoredResponse> stored = () -> {
            Reply reply = action.get();
            fresh.set(reply);
            return kept(mapper, reply);
        };
        Either<UseCaseError, RunIdempotentlyUseCase.Outcome> outcome = idempotency.run(new RunIdempotentlyCommand(
                scope, key.get().value(), requestOf(ctx, routeTemplate), stored));
        if (outcome.isLeft()) {
            throw new ProblemException(UseCaseProblems.toProblem(outcome.getLeft()));
        }
        boolean replayed = outcome.get().replayed();
        StoredResponse response = !replayed && fresh.get() != null ? live(mapper, fresh.get())
                : outcome.get().response();
        write(ctx, mapper, response, replayed, headers);
    }

    /** Writes the reply of a read-only request. */
    void read(Context ctx, Reply reply, ResponseHeaders headers) {
        ObjectMapper mapper = ctx.appData(HttpServerFactory.OBJECT_MAPPER);
        write(ctx, mapper, live(mapper, reply), false, headers);
    }

    private static String requestOf(Context ctx, String routeTemplate) {
        StringBuilder request = new StringBuilder();
        request.append(ctx.method().name()).append(' ').append(routeTemplate).append('\n');
        new TreeMap<>(ctx.pathParamMap()).forEach((name, value) -> request.append(name).append('=').append(value)
                .append('\n'));
        String ifMatch = ctx.header("If-Match");
        request.append("If-Match: ").append(ifMatch == null ? "" : ifMatch).append('\n');
        request.append(ctx.body());
        return request.toString();
    }

    /** The response as answered now. */
    private static StoredResponse live(ObjectMapper mapper, Reply reply) {
        return serialize(mapper, reply, false);
    }

    /** The response as kept for a replay. */
    private static StoredResponse kept(ObjectMapper mapper, Reply reply) {
        return serialize(mapper, reply, true);
    }

    private static StoredResponse serialize(ObjectMapper mapper, Reply reply, boolean forReplay) {
        try {
            if (reply instanceof Reply.Success success) {
                return new StoredResponse(success.status(),
                        mapper.writeValueAsString(forReplay ? success.storedBody() : success.body()));
            }
            Problem problem = ((Reply.Failure) reply).problem();
            return new StoredResponse(problem.status(), mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize a response", e);
        }
    }

    private static void write(Context ctx, ObjectMapper mapper, StoredResponse response, boolean replayed,
            ResponseHeaders headers) {
        try {
            if (response.status() >= 400) {
                ProblemException problem = new ProblemException(mapper.readValue(response.body(), Problem.class));
                throw replayed ? problem.withHeader(REPLAYED_HEADER, "true") : problem;
            }
            if (replayed) {
                ctx.header(REPLAYED_HEADER, "true");
            }
            headers.apply(ctx, response.status(), mapper.readTree(response.body()));
            ctx.status(response.status()).contentType("application/json").result(response.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored response is not JSON", e);
        }
    }

    /** {@code ETag: "<version>"} from the body's {@code version}. */
    static void etag(Context ctx, JsonNode body) {
        JsonNode version = body.get("version");
        if (version != null && version.canConvertToLong()) {
            ctx.header("ETag", "\"" + version.asLong() + "\"");
        }
    }

    /** {@code Location: <base>/<id>} from the body's id field, on 201. */
    static ResponseHeaders location(String base, String idField) {
        return (ctx, status, body) -> {
            JsonNode id = body.get(idField);
            if (status == 201 && id != null && id.isTextual()) {
                ctx.header("Location", base + "/" + id.asText());
            }
        };
    }

    /** Both headers of a versioned resource. */
    static ResponseHeaders versioned(String base, String idField) {
        ResponseHeaders location = location(base, idField);
        return (ctx, status, body) -> {
            etag(ctx, body);
            location.apply(ctx, status, body);
        };
    }
}
