package dev.interop.adapters.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Authentication of requests by their {@code Authorization} header. A missing, malformed or wrong credential is
 * answered 401 {@code UNAUTHENTICATED} with a {@code WWW-Authenticate} challenge for the realm (RFC 6750 /
 * RFC 7617); the problem never says which part was wrong. Secrets are compared in constant time and never logged or
 * echoed.
 */
public final class Authentication {

    private Authentication() {
    }

    /** The bearer token of the request; 401 when there is none. */
    public static String requireBearer(Context ctx, String realm) {
        return Credentials.parse(ctx.header("Authorization"))
                .filter(Credentials.Bearer.class::isInstance)
                .map(credentials -> ((Credentials.Bearer) credentials).token())
                .orElseThrow(() -> missingBearer(ctx, realm));
    }

    /** The Basic credentials of the request; 401 when there are none. */
    public static Credentials.Basic requireBasic(Context ctx, String realm) {
        return Credentials.parse(ctx.header("Authorization"))
                .filter(Credentials.Basic.class::isInstance)
                .map(Credentials.Basic.class::cast)
                .orElseThrow(() -> basicChallenge(realm, "Basic credentials are required."));
    }

    /**
     * The principal a bearer token stands for (e.g. the Partner of an API key); 401 when the token is missing or
     * {@code lookup} finds nothing for it.
     */
    public static <P> P authenticateBearer(Context ctx, String realm, Function<String, Optional<P>> lookup) {
        String token = requireBearer(ctx, realm);
        return lookup.apply(token).orElseThrow(() -> invalidBearer(realm));
    }

    /** The principal Basic credentials stand for; 401 when missing or {@code lookup} finds nothing. */
    public static <P> P authenticateBasic(
            Context ctx, String realm, BiFunction<String, String, Optional<P>> lookup) {
        Credentials.Basic basic = requireBasic(ctx, realm);
        return lookup.apply(basic.username(), basic.password())
                .orElseThrow(() -> basicChallenge(realm, "The credentials are not valid."));
    }

    /** Requires the bearer token to equal {@code expectedKey} (constant time); 401 otherwise. */
    public static void requireBearerKey(Context ctx, String realm, String expectedKey) {
        if (!constantTimeEquals(requireBearer(ctx, realm), expectedKey)) {
            throw invalidBearer(realm);
        }
    }

    /** Requires Basic credentials equal to the expected user and password (both constant time); 401 otherwise. */
    public static void requireBasicPassword(Context ctx, String realm, String expectedUser, String expectedPassword) {
        Credentials.Basic basic = requireBasic(ctx, realm);
        boolean userMatches = constantTimeEquals(basic.username(), expectedUser);
        boolean passwordMatches = constantTimeEquals(basic.password(), expectedPassword);
        if (!(userMatches & passwordMatches)) {
            throw basicChallenge(realm, "The credentials are not valid.");
        }
    }

    /** A before-handler requiring the bearer key (read on every request, so it may rotate). */
    public static Handler bearerKeyGuard(String realm, Supplier<String> expectedKey) {
        return bearerKeyGuard(realm, SecretCheck.equalTo(expectedKey));
    }

    /** A before-handler requiring a bearer key that {@code check} accepts; 401 otherwise. */
    public static Handler bearerKeyGuard(String realm, SecretCheck check) {
        Objects.requireNonNull(check, "check");
        return ctx -> {
            if (!check.accepts(requireBearer(ctx, realm))) {
                throw invalidBearer(realm);
            }
        };
    }

    /** Requires Basic credentials of {@code expectedUser} with a password {@code check} accepts; 401 otherwise. */
    public static void requireBasicPassword(Context ctx, String realm, String expectedUser, SecretCheck check) {
        Credentials.Basic basic = requireBasic(ctx, realm);
        boolean userMatches = constantTimeEquals(basic.username(), expectedUser);
        boolean passwordMatches = check.accepts(basic.password());
        if (!(userMatches & passwordMatches)) {
            throw basicChallenge(realm, "The credentials are not valid.");
        }
    }

    /**
     * Compares two secrets in time independent of where they differ and of their lengths (both are hashed with
     * SHA-256 first, then compared with {@link MessageDigest#isEqual}). {@code null} equals nothing.
     */
    public static boolean constantTimeEquals(String presented, String expected) {
        if (presented == null || expected == null) {
            return false;
        }
        return MessageDigest.isEqual(sha256(presented), sha256(expected));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static ProblemException missingBearer(Context ctx, String realm) {
        boolean sentSomething = ctx.header("Authorization") != null;
        return unauthenticated(
                sentSomething ? "The Authorization header is not a valid bearer credential."
                        : "A bearer credential is required.",
                "Bearer realm=\"" + realm + "\"" + (sentSomething ? ", error=\"invalid_request\"" : ""));
    }

    private static ProblemException invalidBearer(String realm) {
        return unauthenticated("The credentials are not valid.",
                "Bearer realm=\"" + realm + "\", error=\"invalid_token\"");
    }

    private static ProblemException basicChallenge(String realm, String detail) {
        return unauthenticated(detail, "Basic realm=\"" + realm + "\", charset=\"UTF-8\"");
    }

    private static ProblemException unauthenticated(String detail, String challenge) {
        return ProblemException.of(401, ProblemCodes.UNAUTHENTICATED, detail)
                .withHeader("WWW-Authenticate", challenge);
    }
}
