package dev.interop.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interop.acquirer.application.port.out.KlarnaUnavailableException;
import dev.interop.acquirer.application.port.out.KlarnaUnreachableException;
import dev.interop.shared.application.port.StorageUnavailableException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The only way from an exception to a response. {@link ProblemException} is written as it is; Javalin's own
 * responses (unknown route, wrong method, body over the limit, parameter validation) become problems; every other
 * exception, and any {@link Error}, is logged once with the correlation id and answered 500 {@code INTERNAL_ERROR}
 * with a fixed detail: no exception message, type or stack trace ever reaches the client. On Klarna's AP-facing face
 * every problem written here also carries Klarna's error fields ({@link KlarnaErrorFields}).
 */
final class ProblemResponses {

    static final String INTERNAL_ERROR_DETAIL =
            "An unexpected error occurred. Quote the correlation id when reporting it.";

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

    private final ObjectMapper mapper;

    ProblemResponses(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void register(RoutesConfig routes) {
        routes.exception(ProblemException.class, this::onProblem);
        routes.exception(HttpResponseException.class, this::onHttpResponse);
        routes.exception(ValidationException.class, this::onValidation);
        routes.exception(Exception.class, this::onUnexpected);
    }

    private void onProblem(ProblemException e, Context ctx) {
        e.headers().forEach(ctx::header);
        write(ctx, e.problem());
    }

    private void onHttpResponse(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        switch (status) {
            case 404 -> write(ctx, Problem.of(404, ProblemCodes.NOT_FOUND,
                    "No resource exists at this path."));
            case 405 -> {
                // Javalin names the single detail "availableMethods" (or "Available methods" for HTML clients).
                e.getDetails().values().stream().findFirst().ifPresent(allowed -> ctx.header("Allow", allowed));
                write(ctx, Problem.of(405, ProblemCodes.METHOD_NOT_ALLOWED,
                        "This path does not accept the " + HttpMetrics.methodOf(ctx) + " method."));
            }
            case 413 -> write(ctx, Problem.of(400, ProblemCodes.BODY_TOO_LARGE, "The request body is too large."));
            case 401 -> write(ctx, Problem.of(401, ProblemCodes.UNAUTHENTICATED, "Credentials are required."));
            default -> {
                if (status >= 500 || status < 400) {
                    onUnexpected(e, ctx);
                } else {
                    write(ctx, Problem.of(status, status == 400 ? ProblemCodes.BAD_REQUEST : "HTTP_" + status,
                            "The request cannot be processed."));
                }
            }
        }
    }

    private void onValidation(ValidationException e, Context ctx) {
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, List<ValidationError<Object>>> entry : e.getErrors().entrySet()) {
            for (ValidationError<Object> error : entry.getValue()) {
                errors.add(FieldError.parameter(entry.getKey(), error.getMessage()));
            }
        }
        write(ctx, Problem.of(400, ProblemCodes.INVALID_PARAMETER, "A parameter of the request is invalid.", errors));
    }

    private void onUnexpected(Exception e, Context ctx) {
        String correlationId = CorrelationId.of(ctx);
        MDC.put(CorrelationId.MDC_KEY, correlationId);
        if (causedBy(e, StorageUnavailableException.class)) {
            LOG.warn("Storage unavailable on {} {} (correlation id {}): {}", HttpMetrics.methodOf(ctx),
                    HttpMetrics.routeOf(ctx), correlationId, e.getMessage());
            ctx.header("Retry-After", "5");
            write(ctx, Problem.of(503, ProblemCodes.STORAGE_UNAVAILABLE,
                    "The service cannot reach its database right now; nothing was changed. Retry later."));
            return;
        }
        if (causedBy(e, KlarnaUnreachableException.class) || causedBy(e, KlarnaUnavailableException.class)) {
            boolean unreachable = causedBy(e, KlarnaUnreachableException.class);
            LOG.warn("Klarna {} on {} {} (correlation id {}): {}", unreachable ? "unreachable" : "did not answer",
                    HttpMetrics.methodOf(ctx), HttpMetrics.routeOf(ctx), correlationId, e.getMessage());
            ctx.header("Retry-After", "5");
            write(ctx, unreachable
                    ? Problem.of(503, ProblemCodes.KLARNA_UNAVAILABLE,
                            "Klarna cannot be reached right now; nothing was sent to it. Retry later.")
                    : Problem.of(503, ProblemCodes.KLARNA_OUTCOME_UNKNOWN,
                            "Klarna did not answer; nothing was recorded here. Retry later."));
            return;
        }
        LOG.error("Unexpected failure on {} {} (correlation id {})",
                HttpMetrics.methodOf(ctx), HttpMetrics.routeOf(ctx), correlationId, e);
        write(ctx, internalError());
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** The javaLangErrorHandler: an {@link Error} gets the same answer as any unexpected exception. */
    void onError(HttpServletResponse response, Error error) {
        String correlationId = response.getHeader(CorrelationId.HEADER);
        LOG.error("Unexpected error (correlation id {})", correlationId, error);
        if (response.isCommitted()) {
            return;
        }
        try {
            response.resetBuffer();
            response.setStatus(500);
            response.setContentType(Problem.CONTENT_TYPE);
            response.getOutputStream().write(
                    mapper.writeValueAsBytes(internalError().occurredAt(null, correlationId)));
        } catch (IOException | IllegalStateException writeFailure) {
            LOG.warn("Could not write the 500 problem", writeFailure);
        }
    }

    static Problem internalError() {
        return Problem.of(500, ProblemCodes.INTERNAL_ERROR, INTERNAL_ERROR_DETAIL);
    }

    /**
     * Writes the problem as it occurred on this request (path and correlation id filled in); on Klarna's AP-facing
     * face with Klarna's error fields ({@link KlarnaErrorFields}).
     */
    void write(Context ctx, Problem problem) {
        Problem occurrence = problem.occurredAt(ctx.path(), CorrelationId.of(ctx));
        byte[] body;
        try {
            body = KlarnaErrorFields.applyTo(ctx.path())
                    ? mapper.writeValueAsBytes(KlarnaErrorFields.decorate(mapper, occurrence))
                    : mapper.writeValueAsBytes(occurrence);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            LOG.error("Could not serialize a problem", e);
            body = ("{\"type\":\"" + Problem.typeFor(ProblemCodes.INTERNAL_ERROR)
                    + "\",\"title\":\"Internal Server Error\",\"status\":500,\"code\":\"INTERNAL_ERROR\",\"detail\":\""
                    + INTERNAL_ERROR_DETAIL + "\"}").getBytes(StandardCharsets.UTF_8);
        }
        ctx.status(problem.status()).contentType(Problem.CONTENT_TYPE).result(body);
    }
}
