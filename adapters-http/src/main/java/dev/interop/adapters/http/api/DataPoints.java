package dev.interop.adapters.http.api;

import dev.interop.adapters.http.BodyReader;
import dev.interop.adapters.http.FieldError;
import dev.interop.adapters.http.Problem;
import dev.interop.adapters.http.ProblemException;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.token.InteroperabilityData;
import dev.interop.shared.token.InteroperabilityToken;
import io.javalin.http.Context;
import io.vavr.control.Either;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The interoperability data points as Partners and Acquiring Partners send them (R7). Each has three spellings, one
 * per naming generation, and all are accepted. Two spellings of the same data point with the same value are one
 * value; with different values they are a 400 {@code CONFLICTING_DATA_POINTS} naming both. The values themselves are
 * checked only as the domain allows an Acquiring Partner to check them (length, JSON well-formedness) and are never
 * changed.
 */
final class DataPoints {

    /** The body spellings of the token, oldest generation first. */
    static final List<String> TOKEN_FIELDS =
            List.of("interoperability_token", "klarna_interoperability_token", "klarna_network_session_token");
    /** The body spellings of the data, oldest generation first. */
    static final List<String> DATA_FIELDS =
            List.of("interoperability_data", "klarna_interoperability_data", "klarna_network_data");
    /** The headers that carry the token to Klarna: current first, then the legacy one. */
    static final List<String> TOKEN_HEADERS = List.of("Klarna-Network-Session-Token", "Klarna-Interoperability-Token");

    private DataPoints() {
    }

    /** The token of the body, under any spelling; empty when absent or in error. */
    static Optional<InteroperabilityToken> token(RequestInput input, BodyReader at) {
        return one(input, at, TOKEN_FIELDS, "token", InteroperabilityToken::parse);
    }

    /** The data of the body, under any spelling; empty when absent or in error. */
    static Optional<InteroperabilityData> data(RequestInput input, BodyReader at) {
        return one(input, at, DATA_FIELDS, "data", InteroperabilityData::parse);
    }

    /** Whether the body gives the token under any spelling. */
    static boolean hasToken(BodyReader at) {
        return TOKEN_FIELDS.stream().anyMatch(at::has);
    }

    /** Whether the body gives the data under any spelling. */
    static boolean hasData(BodyReader at) {
        return DATA_FIELDS.stream().anyMatch(at::has);
    }

    private static <T> Optional<T> one(RequestInput input, BodyReader at, List<String> spellings, String what,
            BiFunction<String, String, Either<Rejection, T>> parse) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String spelling : spellings) {
            if (at.has(spelling)) {
                at.optionalString(spelling).ifPresent(value -> given.put(spelling, value));
            }
        }
        if (given.isEmpty()) {
            return Optional.empty();
        }
        if (given.values().stream().distinct().count() > 1) {
            for (String spelling : given.keySet()) {
                String others = given.keySet().stream().filter(other -> !other.equals(spelling))
                        .map(at::pointerOf).collect(Collectors.joining(", "));
                input.reject(at, spelling, CommonRejection.CONFLICTING_DATA_POINTS,
                        "differs from " + others + "; send the interoperability " + what + " under one name");
            }
            return Optional.empty();
        }
        Map.Entry<String, String> first = given.entrySet().iterator().next();
        return input.check(at, parse.apply(first.getValue(), first.getKey()), first.getKey());
    }

    /**
     * The token of an AP-facing sandbox request, from {@code Klarna-Network-Session-Token} or the legacy
     * {@code Klarna-Interoperability-Token}; empty when neither is sent.
     *
     * @throws ProblemException 400 {@code CONFLICTING_DATA_POINTS} when both are sent with different values, 400
     *     {@code TOKEN_TOO_LONG} / {@code INVALID_FIELD} when the value is not a token
     */
    static Optional<InteroperabilityToken> tokenHeader(Context ctx) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String header : TOKEN_HEADERS) {
            String value = ctx.header(header);
            if (value != null) {
                given.put(header, value);
            }
        }
        if (given.isEmpty()) {
            return Optional.empty();
        }
        if (given.values().stream().distinct().count() > 1) {
            List<FieldError> errors = given.keySet().stream()
                    .map(header -> FieldError.header(header, "differs from the other token header; send one"))
                    .toList();
            throw new ProblemException(Problem.of(400, CommonRejection.CONFLICTING_DATA_POINTS.name(),
                    "Klarna-Network-Session-Token and Klarna-Interoperability-Token carry different tokens.",
                    errors));
        }
        Map.Entry<String, String> first = given.entrySet().iterator().next();
        Either<Rejection, InteroperabilityToken> token = InteroperabilityToken.parse(first.getValue(), first.getKey());
        if (token.isLeft()) {
            Rejection rejection = token.getLeft();
            throw new ProblemException(Problem.of(400, rejection.code().name(),
                    "The " + first.getKey() + " header is not a valid token.",
                    List.of(FieldError.header(first.getKey(), rejection.detail()))));
        }
        return Optional.of(token.get());
    }
}
