package dev.interop.adapters.http.api;

import dev.interop.acquirer.application.port.in.HandlePaymentRequestUpdateCommand;
import dev.interop.acquirer.application.port.in.HandlePaymentRequestUpdateUseCase;
import dev.interop.acquirer.application.port.out.NotificationKeys;
import dev.interop.adapters.http.BodyReader;
import dev.interop.adapters.http.HttpServerFactory;
import dev.interop.adapters.http.Problem;
import dev.interop.adapters.http.ProblemException;
import dev.interop.adapters.http.RouteRegistry;
import dev.interop.adapters.http.Routes;
import dev.interop.adapters.http.notifications.KlarnaSignature;
import dev.interop.shared.application.port.Clock;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.shared.domain.Krn;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.shared.network.PaymentRequestState;
import dev.interop.shared.token.InteroperabilityToken;
import io.javalin.http.Context;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Acquiring Partner's endpoint for Klarna's notifications, {@code POST /klarna/v1/notifications}
 * ({@code docs/klarna-wire.md} "Notifications", R18). No bearer credentials: the signature is the authentication.
 * In this order:
 * <ol>
 *   <li>{@code Klarna-Signing-Key-Id} and {@code Klarna-Signature} must both be present, the key id known to the
 *       {@link NotificationKeys} and the signature the HMAC of the raw body with that key's secret, compared in
 *       constant time; otherwise 401 {@value #INVALID_SIGNATURE} (the answer does not say which part failed). Nothing
 *       of the body is read before this check.</li>
 *   <li>The envelope must be well-formed: {@code metadata.event_type}, {@code event_id} (1..255 visible ASCII),
 *       {@code occurred_at} (ISO-8601 instant), {@code subject_account_id} (a KRN), {@code event_version}
 *       {@code v2} when present, {@code payload.payment_request_id}, {@code payload.state} agreeing with the event
 *       type, and {@code klarna_network_session_token} with {@code COMPLETED}; otherwise 400 (malformed JSON or
 *       {@code INVALID_FIELD} with pointers). An event type outside {@code payment.request.state-change.*} is
 *       acknowledged (204) and ignored, so Klarna does not retry what this endpoint never acts on.</li>
 *   <li>{@code occurred_at} must lie within the last {@value #MAX_AGE_HOURS} h (Klarna's 12 h of retries plus an
 *       hour) and at most {@value #MAX_AHEAD_MINUTES} min ahead of the {@link Clock}; otherwise 400
 *       {@value #STALE_NOTIFICATION}.</li>
 *   <li>The handler gets the notification with {@code eventId = metadata.event_id} (it records the id in the
 *       transaction of its change and acts on an id once): 204 when it handled it, also when nothing waited on the
 *       request; a {@code Conflict} (a concurrent change, or the same event in flight) is 503 with
 *       {@code Retry-After}, as is a storage failure (through the server's single exception path), so Klarna
 *       retries; any other refusal is its usual problem.</li>
 * </ol>
 */
public final class KlarnaNotificationController implements Routes {

    /** The path Klarna POSTs to. */
    public static final String PATH = "/klarna/v1/notifications";
    /** The code of a 401: missing, unknown or wrong signature. */
    public static final String INVALID_SIGNATURE = "INVALID_SIGNATURE";
    /** The code of a 400 for a notification outside the accepted time window. */
    public static final String STALE_NOTIFICATION = "STALE_NOTIFICATION";
    /** The code of a 503 for a notification the handler could not take right now. */
    public static final String NOTIFICATION_CONFLICT = "NOTIFICATION_CONFLICT";
    /** The oldest notification accepted, in hours. */
    public static final int MAX_AGE_HOURS = 13;
    /** How far ahead of the clock a notification may be, in minutes. */
    public static final int MAX_AHEAD_MINUTES = 5;

    private static final Duration MAX_AGE = Duration.ofHours(MAX_AGE_HOURS);
    private static final Duration MAX_AHEAD = Duration.ofMinutes(MAX_AHEAD_MINUTES);
    private static final String STATE_CHANGE = "payment.request.state-change.";
    private static final String TOKEN_FIELD = "klarna_network_session_token";
    private static final Pattern VISIBLE_ASCII = Pattern.compile("[\\x21-\\x7e]{1,255}");
    private static final String CHALLENGE = "Klarna-Signature realm=\"klarna-notifications\"";

    private final HandlePaymentRequestUpdateUseCase handler;
    private final NotificationKeys keys;
    private final Clock clock;

    public KlarnaNotificationController(HandlePaymentRequestUpdateUseCase handler, NotificationKeys keys,
            Clock clock) {
        this.handler = Objects.requireNonNull(handler, "handler");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void register(RouteRegistry routes) {
        routes.post(PATH, this::receive);
    }

    /** A well-formed notification of a Payment Request state change. */
    private record Notification(String eventType, String eventId, Instant occurredAt, PartnerAccountId account,
            String paymentRequestId, PaymentRequestState state, Option<InteroperabilityToken> token) {
    }

    private void receive(Context ctx) {
        byte[] body = ctx.bodyAsBytes();
        verifySignature(ctx, body);
        Optional<Notification> parsed = parse(ctx, body);
        if (parsed.isEmpty()) {
            ctx.status(204);
            return;
        }
        Notification notification = parsed.get();
        Instant now = clock.now();
        if (notification.occurredAt().isBefore(now.minus(MAX_AGE))
                || notification.occurredAt().isAfter(now.plus(MAX_AHEAD))) {
            throw new ProblemException(Problem.of(400, STALE_NOTIFICATION, "The notification occurred at "
                    + notification.occurredAt() + ", outside the accepted window of " + MAX_AGE_HOURS
                    + " hours back and " + MAX_AHEAD_MINUTES + " minutes ahead; it was not acted on."));
        }
        Either<UseCaseError, ?> handled = handler.handle(new HandlePaymentRequestUpdateCommand(notification.account(),
                notification.paymentRequestId(), notification.state(), notification.token(),
                notification.occurredAt(), Option.of(notification.eventId())));
        if (handled.isRight()) {
            ctx.status(204);
            return;
        }
        if (handled.getLeft() instanceof UseCaseError.Conflict) {
            throw new ProblemException(Problem.of(503, NOTIFICATION_CONFLICT,
                    "The notification could not be taken right now; nothing was changed. Retry later."))
                    .withHeader("Retry-After", "1");
        }
        throw new ProblemException(UseCaseProblems.toProblem(handled.getLeft()));
    }

    private void verifySignature(Context ctx, byte[] body) {
        String keyId = ctx.header(KlarnaSignature.KEY_ID_HEADER);
        String signature = ctx.header(KlarnaSignature.SIGNATURE_HEADER);
        if (keyId == null || keyId.isBlank() || signature == null || signature.isBlank()) {
            throw unauthenticated("The " + KlarnaSignature.KEY_ID_HEADER + " and " + KlarnaSignature.SIGNATURE_HEADER
                    + " headers are required.");
        }
        boolean verified = keys.secretFor(keyId).exists(secret -> KlarnaSignature.verify(secret, body, signature));
        if (!verified) {
            throw unauthenticated("The signature does not verify with a current key of its key id.");
        }
    }

    private static ProblemException unauthenticated(String detail) {
        return new ProblemException(Problem.of(401, INVALID_SIGNATURE, detail)).withHeader("WWW-Authenticate",
                CHALLENGE);
    }

    /** The notification, or empty for an event type this endpoint does not act on; 400 when malformed. */
    private static Optional<Notification> parse(Context ctx, byte[] raw) {
        BodyReader body = BodyReader.parse(ctx.appData(HttpServerFactory.OBJECT_MAPPER), raw);
        BodyReader metadata = body.requireObject("metadata");
        String eventType = metadata.requireString("event_type", 128);
        String eventId = metadata.requireString("event_id", 255);
        if (metadata.has("event_id") && !eventId.isEmpty() && !VISIBLE_ASCII.matcher(eventId).matches()) {
            metadata.reject("event_id", "must be 1..255 visible ASCII characters");
        }
        metadata.optionalString("event_version", 16).filter(version -> !version.equals("v2"))
                .ifPresent(version -> metadata.reject("event_version", "must be v2"));
        Instant occurredAt = instant(metadata, "occurred_at");
        String subject = metadata.requireString("subject_account_id", 255);
        if (!subject.isEmpty() && !Krn.isValid(subject)) {
            metadata.reject("subject_account_id", "must be a partner account id (a KRN)");
        }
        BodyReader payload = body.requireObject("payload");
        String paymentRequestId = payload.requireString("payment_request_id", 255);
        PaymentRequestState state = payload.requireEnum("state", PaymentRequestState.class);
        Optional<String> tokenText = payload.optionalString(TOKEN_FIELD, InteroperabilityToken.MAX_LENGTH);
        body.validate();
        if (!eventType.startsWith(STATE_CHANGE)) {
            return Optional.empty();
        }
        if (!eventType.equals(STATE_CHANGE + state.name().toLowerCase(Locale.ROOT).replace('_', '-'))) {
            payload.reject("state", "does not match the event type " + eventType);
        }
        Option<InteroperabilityToken> token = Option.none();
        if (state == PaymentRequestState.COMPLETED) {
            if (tokenText.isEmpty()) {
                payload.reject(TOKEN_FIELD, "is required with COMPLETED");
            } else {
                Either<?, InteroperabilityToken> checked = InteroperabilityToken.parse(tokenText.get(), TOKEN_FIELD);
                if (checked.isLeft()) {
                    payload.reject(TOKEN_FIELD, "is not a valid token");
                } else {
                    token = Option.of(checked.get());
                }
            }
        }
        body.validate();
        return Optional.of(new Notification(eventType, eventId, occurredAt, PartnerAccountId.of(subject),
                paymentRequestId, state, token));
    }

    private static Instant instant(BodyReader at, String field) {
        String text = at.requireString(field, 64);
        if (text.isEmpty()) {
            return Instant.EPOCH;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            at.reject(field, "must be an ISO-8601 instant such as 2026-12-04T20:00:00Z");
            return Instant.EPOCH;
        }
    }
}
