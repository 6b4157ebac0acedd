package dev.interop.adapters.http;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The {@code Partner-Correlation-Id} of a request. A valid id sent by the client (1–128 characters of
 * {@code A-Z a-z 0-9 . _ : -}) is kept; a missing or invalid one is replaced by a fresh random UUID. Either way the
 * id is answered in the same response header, put in every problem ({@code correlation_id}) and in the SLF4J
 * MDC under {@value #MDC_KEY} while the request is handled.
 */
public final class CorrelationId {

    /** The request and response header. */
    public static final String HEADER = "Partner-Correlation-Id";
    /** The MDC key holding the id during a request. */
    public static final String MDC_KEY = "correlation_id";

    private static final String ATTRIBUTE = "interop.correlation-id";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

    private CorrelationId() {
    }

    /** The correlation id of the current request (assigned before any route handler runs). */
    public static String of(Context ctx) {
        String id = ctx.attribute(ATTRIBUTE);
        return id != null ? id : assign(ctx);
    }

    /** Whether a client-sent id is kept as it is. */
    public static boolean isValid(String candidate) {
        return candidate != null && SAFE.matcher(candidate).matches();
    }

    /** Chooses the id of the request, answers it in the response header and puts it in the MDC. */
    static String assign(Context ctx) {
        String sent = ctx.header(HEADER);
        String id = isValid(sent) ? sent : UUID.randomUUID().toString();
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
        MDC.put(MDC_KEY, id);
        return id;
    }

    static void clearMdc() {
        MDC.remove(MDC_KEY);
    }
}
