package dev.interop.adapters.http.api;

import dev.interop.adapters.http.FieldError;
import dev.interop.adapters.http.JsonPointers;
import dev.interop.adapters.http.Problem;
import dev.interop.adapters.http.ProblemCodes;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.domain.RejectionCode;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one mapping from a use case's {@link UseCaseError} to an RFC 9457 problem. Exhaustive over the sealed error
 * type and over {@link RejectionCode.Category}, so a new rejection code needs no change here:
 *
 * <table>
 *   <caption>status by error</caption>
 *   <tr><th>error</th><th>status</th><th>code</th></tr>
 *   <tr><td>NotFound</td><td>404</td><td>{@code NOT_FOUND}</td></tr>
 *   <tr><td>Rejected, category VALIDATION</td><td>400 (with {@code errors[].pointer} when the rejection names a
 *       field)</td><td>the rejection code</td></tr>
 *   <tr><td>Rejected, category FORBIDDEN</td><td>403</td><td>the rejection code</td></tr>
 *   <tr><td>Rejected, category STATE</td><td>409, or 422 for the refusals in {@link #SEMANTIC_REFUSALS}</td>
 *       <td>the rejection code</td></tr>
 *   <tr><td>Rejected, category SHIPPING</td><td>422</td><td>Klarna's rejection reason</td></tr>
 *   <tr><td>Rejected, category UNPROCESSABLE</td><td>422</td><td>the rejection code</td></tr>
 *   <tr><td>Conflict</td><td>409</td><td>its code</td></tr>
 *   <tr><td>Forbidden</td><td>403</td><td>its code</td></tr>
 *   <tr><td>Unauthenticated</td><td>401</td><td>{@code UNAUTHENTICATED}</td></tr>
 *   <tr><td>PreconditionFailed</td><td>412</td><td>{@code PRECONDITION_FAILED}</td></tr>
 * </table>
 *
 * <p>Why two statuses for STATE: 409 says "the resource is in a state that does not allow this now" (a consumed or
 * expired token, a session that ended, a Payment Request no longer updatable): retrying after the state changes may
 * succeed. 422 says "this request can never work as sent for this caller", independent of any resource's current
 * state: one-step express for a Partner whose integration cannot offer it (R8), finalization without the checkout
 * session or token it needs (R9), an amount above what the customer approved without a way to re-approve (R10), an
 * unsupported market.
 */
public final class UseCaseProblems {

    private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    /**
     * STATE rejections answered 422, by name: the request is semantically impossible, not merely early or late. By
     * name because each context has its own code type and a code learned from Klarna keeps only Klarna's name.
     */
    public static final Set<String> SEMANTIC_REFUSALS = Set.of(
            "ONE_STEP_EXPRESS_NOT_AVAILABLE",
            "FINALIZATION_REQUIRES_CHECKOUT_SESSION",
            "FINALIZATION_REQUIRES_TOKEN",
            "AMOUNT_EXCEEDS_APPROVED",
            "MARKET_NOT_SUPPORTED");

    /** The code of a 412. */
    public static final String PRECONDITION_FAILED = "PRECONDITION_FAILED";

    private UseCaseProblems() {
    }

    /** The problem answering {@code error}. */
    public static Problem toProblem(UseCaseError error) {
        if (error instanceof UseCaseError.NotFound notFound) {
            return Problem.of(404, ProblemCodes.NOT_FOUND, sentence(notFound.detail()));
        }
        if (error instanceof UseCaseError.Rejected rejected) {
            return toProblem(rejected.rejection());
        }
        if (error instanceof UseCaseError.Conflict conflict) {
            return Problem.of(409, safeCode(conflict.code(), "CONFLICT"), sentence(conflict.detail()));
        }
        if (error instanceof UseCaseError.Forbidden forbidden) {
            return Problem.of(403, safeCode(forbidden.code(), "FORBIDDEN"), sentence(forbidden.detail()));
        }
        if (error instanceof UseCaseError.Unauthenticated unauthenticated) {
            return Problem.of(401, ProblemCodes.UNAUTHENTICATED, sentence(unauthenticated.detail()));
        }
        if (error instanceof UseCaseError.PreconditionFailed failed) {
            return Problem.of(412, PRECONDITION_FAILED, sentence(failed.detail()));
        }
        throw new IllegalStateException("unmapped use case error " + error.getClass().getName());
    }

    /** The problem answering a domain rejection. */
    public static Problem toProblem(Rejection rejection) {
        RejectionCode code = rejection.code();
        int status = statusOf(code);
        List<FieldError> errors = status == 400
                ? rejection.field().map(field -> List.of(FieldError.body(pointerOf(field), rejection.detail())))
                        .getOrElse(List.of())
                : List.of();
        return Problem.of(status, code.name(), sentence(rejection.detail()), errors);
    }

    /** The HTTP status of a rejection code. */
    public static int statusOf(RejectionCode code) {
        return switch (code.category()) {
            case VALIDATION -> 400;
            case FORBIDDEN -> 403;
            case STATE -> SEMANTIC_REFUSALS.contains(code.name()) ? 422 : 409;
            case SHIPPING, UNPROCESSABLE -> 422;
        };
    }

    /**
     * The JSON pointer of a field as rejections name it: {@code amount} is {@code /amount}, {@code address.country}
     * is {@code /address/country}, {@code line_items[2].name} is {@code /line_items/2/name}; a name that already is a
     * pointer is kept.
     */
    public static String pointerOf(String field) {
        if (field.isEmpty() || field.startsWith("/")) {
            return field;
        }
        String pointer = "";
        for (String step : field.split("\\.")) {
            int bracket = step.indexOf('[');
            String name = bracket < 0 ? step : step.substring(0, bracket);
            if (!name.isEmpty()) {
                pointer = JsonPointers.child(pointer, name);
            }
            while (bracket >= 0) {
                int close = step.indexOf(']', bracket);
                if (close < 0) {
                    break;
                }
                pointer = pointer + "/" + step.substring(bracket + 1, close);
                bracket = step.indexOf('[', close);
            }
        }
        return pointer;
    }

    private static String safeCode(String code, String fallback) {
        return code != null && UPPER_SNAKE.matcher(code).matches() ? code : fallback;
    }

    private static String sentence(String detail) {
        if (detail == null || detail.isBlank()) {
            return "The request was refused.";
        }
        String trimmed = detail.strip();
        String capitalized = Character.toUpperCase(trimmed.charAt(0)) + trimmed.substring(1);
        return capitalized.endsWith(".") || capitalized.endsWith("?") || capitalized.endsWith("!")
                ? capitalized : capitalized + ".";
    }
}
