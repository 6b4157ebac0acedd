package dev.interop.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.util.UUID;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error responses (a request Jetty refuses before Javalin sees it: headers too large, a bad URI, ...) as
 * problem documents instead of HTML pages. Nothing of Jetty's reason text or any exception is included.
 */
final class JettyProblemErrorHandler extends ErrorHandler {

    private final ObjectMapper mapper;

    JettyProblemErrorHandler(ObjectMapper mapper) {
        this.mapper = mapper;
        setShowStacks(false);
        setShowMessageInTitle(false);
    }

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        String correlationId = UUID.randomUUID().toString();
        response.setStatus(code);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        response.getHeaders().put(CorrelationId.HEADER, correlationId);
        response.write(true, ByteBuffer.wrap(body(code, correlationId)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        String correlationId = UUID.randomUUID().toString();
        fields.put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        fields.put(CorrelationId.HEADER, correlationId);
        return ByteBuffer.wrap(body(status, correlationId));
    }

    private byte[] body(int status, String correlationId) {
        int errorStatus = status >= 400 && status <= 599 ? status : 500;
        Problem problem = errorStatus >= 500
                ? ProblemResponses.internalError()
                : Problem.of(errorStatus, codeFor(errorStatus), "The request cannot be processed.");
        try {
            return mapper.writeValueAsBytes(problem.occurredAt(null, correlationId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem always serializes", e);
        }
    }

    private static String codeFor(int status) {
        return switch (status) {
            case 400 -> ProblemCodes.BAD_REQUEST;
            case 404 -> ProblemCodes.NOT_FOUND;
            case 405 -> ProblemCodes.METHOD_NOT_ALLOWED;
            case 413 -> ProblemCodes.BODY_TOO_LARGE;
            default -> "HTTP_" + status;
        };
    }
}
