package dev.interop.adapters.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
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

    /** Bodies up to this size are read and discarded before the refusal, so the client reliably gets the answer. */
    static final long DRAIN_LIMIT_BYTES = 1024 * 1024;

    @Override
    public void handle(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBodyBytes) {
            if (declared <= DRAIN_LIMIT_BYTES) {
                drain(ctx);
            } else {
                ctx.header("Connection", "close");
            }
            throw tooLarge(maxBodyBytes);
        }
    }

    /**
     * Reads the refused body to its end: a server that answers and closes while the client is still sending makes
     * the client see a reset instead of the 400. Bounded by {@link #DRAIN_LIMIT_BYTES}, so it costs nothing to abuse.
     */
    private static void drain(Context ctx) {
        byte[] buffer = new byte[8192];
        try (InputStream body = ctx.req().getInputStream()) {
            long read = 0;
            for (int n = body.read(buffer); n >= 0 && read <= DRAIN_LIMIT_BYTES; n = body.read(buffer)) {
                read += n;
            }
        } catch (IOException ignored) {
            // The client went away; there is nobody to answer.
        }
    }

    static ProblemException tooLarge(long maxBodyBytes) {
        return ProblemException.badRequest(ProblemCodes.BODY_TOO_LARGE,
                "The request body is larger than " + maxBodyBytes + " bytes.", List.of());
    }
}
