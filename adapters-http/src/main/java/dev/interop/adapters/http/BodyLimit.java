package dev.interop.adapters.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;

/**
 * The request body limit: a body larger than the limit is answered 400 {@code BODY_TOO_LARGE} (API.md: oversized
 * bodies are 400), whether its size is declared up front in {@code Content-Length} (refused before reading) or found
 * while reading a chunked body.
 */
final class BodyLimit implements Handler {

    private final long maxBodyBytes;

    BodyLimit(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void handle(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBodyBytes) {
            throw tooLarge(maxBodyBytes);
        }
    }

    static ProblemException tooLarge(long maxBodyBytes) {
        return ProblemException.badRequest(ProblemCodes.BODY_TOO_LARGE,
                "The request body is larger than " + maxBodyBytes + " bytes.", List.of());
    }
}
