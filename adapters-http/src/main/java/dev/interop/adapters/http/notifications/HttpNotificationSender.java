package dev.interop.adapters.http.notifications;

import dev.interop.klarna.application.port.out.NotificationSender;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Klarna's side of the notification wire: POSTs the outbox body byte for byte to the webhook URL with
 * {@code Content-Type: application/json}, {@code Klarna-Signing-Key-Id} and {@code Klarna-Signature}
 * ({@link KlarnaSignature}) over HTTP/1.1.
 *
 * <p>Any 2xx is {@code Delivered}; everything else is {@code Failed} with a short reason and never an exception: a
 * non-2xx status (redirects are never followed, so a 3xx fails too), a connect timeout ({@code connectTimeout}), no
 * answer within {@code readTimeout}, a refused or broken connection, a URL that is not one. Only the status line and
 * headers are read: the response body is closed unread, so a receiver can neither make the sender buffer a large
 * answer nor hold it with a slow one. One sender (and its connection pool) serves any number of threads.
 */
public final class HttpNotificationSender implements NotificationSender {

    /** How long to wait for a connection. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(3);
    /** How long to wait for the answer once the request is sent. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);
    /** The {@code User-Agent} of every notification. */
    public static final String USER_AGENT = "interop-klarna-sandbox-notifications/1";

    private final HttpClient client;
    private final Duration readTimeout;

    /** {@link #DEFAULT_CONNECT_TIMEOUT} and {@link #DEFAULT_READ_TIMEOUT}. */
    public HttpNotificationSender() {
        this(DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT);
    }

    public HttpNotificationSender(Duration connectTimeout, Duration readTimeout) {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative()
                || readTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts are positive");
        }
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The longest one {@link #send} can take, give or take scheduling: connect plus read timeout. */
    public Duration longestAttempt() {
        return readTimeout.plus(client.connectTimeout().orElse(Duration.ZERO));
    }

    @Override
    public Result send(OutgoingNotification notification) {
        Objects.requireNonNull(notification, "notification");
        URI uri;
        try {
            uri = URI.create(notification.webhookUrl());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return Result.failed("the webhook URL is not an absolute http(s) URL");
            }
        } catch (IllegalArgumentException notAUri) {
            return Result.failed("the webhook URL is not a URL");
        }
        byte[] body = notification.body();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(readTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header(KlarnaSignature.KEY_ID_HEADER, notification.signingKeyId())
                .header(KlarnaSignature.SIGNATURE_HEADER, KlarnaSignature.sign(notification.signingSecret(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return Result.delivered(status);
            }
            return Result.failed(status >= 300 && status < 400
                    ? "HTTP " + status + " (redirects are not followed)" : "HTTP " + status);
        } catch (HttpConnectTimeoutException timeout) {
            return Result.failed("no connection within " + client.connectTimeout().orElse(Duration.ZERO).toMillis()
                    + " ms");
        } catch (HttpTimeoutException timeout) {
            return Result.failed("no answer within " + readTimeout.toMillis() + " ms");
        } catch (ConnectException refused) {
            return Result.failed("connection refused");
        } catch (IOException broken) {
            return Result.failed("connection failed: " + broken.getClass().getSimpleName());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Result.failed("interrupted");
        } catch (IllegalArgumentException badRequest) {
            return Result.failed("the request cannot be sent: " + badRequest.getClass().getSimpleName());
        }
    }
}
