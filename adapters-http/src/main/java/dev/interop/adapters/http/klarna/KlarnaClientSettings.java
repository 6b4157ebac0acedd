package dev.interop.adapters.http.klarna;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How {@link KlarnaHttpClient} reaches Klarna: the base URL every path of {@code docs/klarna-wire.md} is relative to
 * (e.g. {@code http://127.0.0.1:8081/sandbox/klarna}, or {@code https://api-global.test.klarna.com}), the API key sent
 * as the password of HTTP Basic user {@value KlarnaHttpClient#BASIC_USER}, the timeouts, and the bounded retry.
 *
 * <p>Invariants: {@code baseUrl} is an absolute {@code http} or {@code https} URL with a host, without user info,
 * query or fragment, kept without a trailing slash; {@code apiKey} is not blank; both timeouts are positive;
 * {@code maxAttempts} is 1 to 10 (1: no retry); {@code backoffBase} is not negative. {@link #toString()} never shows
 * the key.
 *
 * @param baseUrl where Klarna's API lives
 * @param apiKey the Acquiring Partner's Klarna API key (a secret)
 * @param connectTimeout how long to wait for a TCP (and TLS) connection
 * @param readTimeout how long to wait for the answer once the request is being sent
 * @param maxAttempts how many times one logical call is tried at most, the first attempt included
 * @param backoffBase the pause before the first retry; each further retry doubles it, jittered (see
 *     {@link KlarnaHttpClient})
 */
public record KlarnaClientSettings(URI baseUrl, String apiKey, Duration connectTimeout, Duration readTimeout,
        int maxAttempts, Duration backoffBase) {

    /** Connect timeout unless configured: 2 s. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    /** Read timeout unless configured: 10 s. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);
    /** Attempts per logical call unless configured: 3. */
    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    /** The pause before the first retry unless configured: 200 ms (then about 400 ms, 800 ms, ...). */
    public static final Duration DEFAULT_BACKOFF_BASE = Duration.ofMillis(200);
    /** The most attempts one call may be configured to make. */
    public static final int MAX_ATTEMPTS_LIMIT = 10;

    public KlarnaClientSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(backoffBase, "backoffBase");
        baseUrl = checkedBaseUrl(baseUrl);
        if (apiKey.isBlank()) {
            throw new IllegalArgumentException("the Klarna API key must not be blank");
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        if (maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS_LIMIT) {
            throw new IllegalArgumentException("maxAttempts must be 1.." + MAX_ATTEMPTS_LIMIT + ": " + maxAttempts);
        }
        if (backoffBase.isNegative()) {
            throw new IllegalArgumentException("backoffBase must not be negative: " + backoffBase);
        }
    }

    /** The base URL and key with the defaults: 2 s connect, 10 s read, 3 attempts, 200 ms backoff base. */
    public static KlarnaClientSettings of(URI baseUrl, String apiKey) {
        return new KlarnaClientSettings(baseUrl, apiKey, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT,
                DEFAULT_MAX_ATTEMPTS, DEFAULT_BACKOFF_BASE);
    }

    /** These settings with other timeouts. */
    public KlarnaClientSettings withTimeouts(Duration newConnectTimeout, Duration newReadTimeout) {
        return new KlarnaClientSettings(baseUrl, apiKey, newConnectTimeout, newReadTimeout, maxAttempts, backoffBase);
    }

    /** These settings with another retry bound and backoff base ({@code 1}: never retry). */
    public KlarnaClientSettings withRetries(int newMaxAttempts, Duration newBackoffBase) {
        return new KlarnaClientSettings(baseUrl, apiKey, connectTimeout, readTimeout, newMaxAttempts, newBackoffBase);
    }

    /** These settings pointing at another base URL (the key stays). */
    public KlarnaClientSettings withBaseUrl(URI newBaseUrl) {
        return new KlarnaClientSettings(newBaseUrl, apiKey, connectTimeout, readTimeout, maxAttempts, backoffBase);
    }

    /** Never shows the API key. */
    @Override
    public String toString() {
        return "KlarnaClientSettings[baseUrl=" + baseUrl + ", apiKey=…, connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + ", maxAttempts=" + maxAttempts + ", backoffBase=" + backoffBase
                + "]";
    }

    private static URI checkedBaseUrl(URI url) {
        if (url.getRawUserInfo() != null || url.getRawQuery() != null || url.getRawFragment() != null) {
            // User info would put a credential into every logged URL (so it is not shown here either); the key
            // belongs in apiKey.
            throw new IllegalArgumentException("the Klarna base URL must have no user info, query or fragment");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!url.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw new IllegalArgumentException("the Klarna base URL must be an absolute http(s) URL with a host: "
                    + url);
        }
        String text = url.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return URI.create(text);
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }
}
