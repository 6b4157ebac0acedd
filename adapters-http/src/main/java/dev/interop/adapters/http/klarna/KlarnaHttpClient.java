package dev.interop.adapters.http.klarna;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway;
import dev.interop.acquirer.application.port.out.KlarnaUnavailableException;
import dev.interop.acquirer.application.port.out.KlarnaUnreachableException;
import dev.interop.adapters.http.Json;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.network.KlarnaClientId;
import dev.interop.shared.network.KlarnaErrorCode;
import dev.interop.shared.network.KlarnaInteroperabilityStatus;
import dev.interop.shared.network.KlarnaSessionHint;
import dev.interop.shared.network.KlarnaSessionOrigin;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.shared.network.PaymentRequestState;
import dev.interop.shared.network.PresentationInstruction;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.control.Option;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Acquiring Partner's way to Klarna over HTTP: {@link KlarnaNetworkGateway} on Klarna's AP-facing API exactly as
 * {@code docs/klarna-wire.md} describes it (the sandbox's {@code /sandbox/klarna/v2} face or Klarna's own API).
 *
 * <p>Every call authenticates with HTTP Basic, user {@value #BASIC_USER} and the configured key; redirects are never
 * followed. Every POST carries one {@value #IDEMPOTENCY_HEADER} per logical call, the same on every retry: an
 * authorization its {@code idempotencyKey}, an onboarding {@code onboard:<reference>} (a key that is not 1..255
 * visible ASCII characters is sent as {@code sha256:<hex>} of itself, still the same on every retry). The token
 * travels only in {@value #TOKEN_HEADER}.
 *
 * <p>Each attempt ends in one of three ways, kept apart:
 * <ul>
 *   <li><b>Klarna answered</b>: a 2xx is the answer; a 4xx is {@code Refused} with a {@link Rejection} whose code is
 *       Klarna's {@code error_code} (or problem {@code code}) as a {@link KlarnaErrorCode} when it is one Klarna
 *       publishes, else {@link KlarnaErrorCode#ACTION_NOT_ALLOWED}; detail is Klarna's {@code error_message} (or
 *       problem {@code detail}); the field is {@code validation_errors[0].parameter} or the problem's
 *       {@code errors[0].pointer} (without its leading {@code /}). A 4xx is never retried.</li>
 *   <li><b>Nothing was sent</b>: connection refused, unknown host, connect timeout (and a 429, which Klarna answers
 *       without processing). Always safe to retry; when every attempt ended so, {@link KlarnaUnreachableException}.
 *       </li>
 *   <li><b>Unknown</b>: no answer within the read timeout, a connection broken after sending, a 5xx, a 409
 *       {@code IDEMPOTENCY_KEY_IN_FLIGHT}, an unexpected 1xx/3xx. Retried only for idempotent calls (GET, DELETE,
 *       POSTs with an idempotency key, which is all of this gateway's calls); when the attempts run out,
 *       {@link KlarnaUnavailableException}. A 2xx whose body cannot be read is unknown too, and not retried.</li>
 * </ul>
 * At most {@link KlarnaClientSettings#maxAttempts()} attempts are made; before retry {@code n} (1-based) the client
 * pauses a jittered {@code backoffBase * 2^(n-1)} (between half of it and all of it, capped at 30 s), drawing the
 * jitter from the given {@link RandomGenerator} and pausing through the given {@link Sleeper}, so tests control both.
 *
 * <p>Cancel and read have no refusal in the port: cancel treats 2xx, 404 and 409 {@code PAYMENT_REQUEST_FINAL} as done
 * and logs any other 4xx; read answers none for 404 and (logged) for any other 4xx. Logs name the operation, status,
 * attempt and idempotency key, never a token, the key or a body. Thread-safe.
 */
public final class KlarnaHttpClient implements KlarnaNetworkGateway {

    /** The HTTP Basic user of the Acquiring Partner's Klarna credentials. */
    public static final String BASIC_USER = "acquirer";
    /** The header carrying one idempotency key per logical call. */
    public static final String IDEMPOTENCY_HEADER = "Klarna-Idempotency-Key";
    /** The header carrying the Klarna Network Session Token. */
    public static final String TOKEN_HEADER = "Klarna-Network-Session-Token";

    private static final Logger LOG = LoggerFactory.getLogger(KlarnaHttpClient.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final int MAX_KEY_LENGTH = 255;
    private static final int MAX_DETAIL = 1000;
    private static final String IN_FLIGHT = "IDEMPOTENCY_KEY_IN_FLIGHT";
    private static final String FINAL = "PAYMENT_REQUEST_FINAL";

    /** Pauses between attempts; {@link #threadSleep()} in production, anything in tests. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration pause) throws InterruptedException;

        /** {@link Thread#sleep}. */
        static Sleeper threadSleep() {
            return pause -> Thread.sleep(pause.toMillis(), pause.toNanosPart() % 1_000_000);
        }
    }

    private final KlarnaClientSettings settings;
    private final HttpClient http;
    private final ObjectMapper mapper = Json.newMapper();
    private final ObjectWriter writer = mapper.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);
    private final RandomGenerator jitter;
    private final Sleeper sleeper;
    private final String authorization;

    /** A client with a fresh {@link Random} for the jitter and {@link Sleeper#threadSleep()}. */
    public KlarnaHttpClient(KlarnaClientSettings settings) {
        this(settings, new Random(), Sleeper.threadSleep());
    }

    /**
     * A client whose backoff jitter comes from {@code jitter} (thread-safe, e.g. a {@link Random}) and whose pauses go
     * through {@code sleeper}.
     */
    public KlarnaHttpClient(KlarnaClientSettings settings, RandomGenerator jitter, Sleeper sleeper) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.jitter = Objects.requireNonNull(jitter, "jitter");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (BASIC_USER + ":" + settings.apiKey()).getBytes(StandardCharsets.UTF_8));
    }

    /** The settings this client runs with. */
    public KlarnaClientSettings settings() {
        return settings;
    }

    // ---- the gateway

    @Override
    public OnboardingAnswer onboardPartner(OnboardingCall call) {
        ObjectNode body = mapper.createObjectNode();
        body.put("partner_account_reference", call.reference());
        body.put("name", call.name());
        body.put("integration_type", call.integrationType().name());
        body.put("dynamic_shipping", call.dynamicShipping());
        Call http = Call.post("onboardPartner", "/v2/partner/accounts", idempotencyKey("onboard:" + call.reference()),
                Option.none(), json(body));
        Answer answer = exchange(http);
        if (!answer.succeeded()) {
            return new OnboardingAnswer.Refused(rejection(http, answer));
        }
        JsonNode account = answer.json(http);
        try {
            return new OnboardingAnswer.Onboarded(PartnerAccountId.of(required(http, account, "partner_account_id")),
                    new KlarnaClientId(required(http, account, "client_id")));
        } catch (IllegalArgumentException notAnId) {
            throw unreadable(http, answer, "partner_account_id or client_id is not an id");
        }
    }

    @Override
    public PresentationAnswer presentation(PresentationQuery query) {
        if (query.token().isDefined() && !sendable(query.token().get())) {
            return new PresentationAnswer.Refused(unsendableToken());
        }
        StringBuilder path = new StringBuilder(accountPath(query.account())).append("/payment/presentation")
                .append("?amount=").append(query.amount().minorUnits())
                .append("&currency=").append(queryValue(query.amount().currency().code()));
        query.locale().forEach(locale -> path.append("&locale=").append(queryValue(locale)));
        Call http = Call.read("presentation", "GET", path.toString(), query.token());
        Answer answer = exchange(http);
        if (!answer.succeeded()) {
            return new PresentationAnswer.Refused(rejection(http, answer));
        }
        JsonNode body = answer.json(http);
        PresentationInstruction instruction = enumValue(PresentationInstruction.class,
                required(http, body, "instruction"))
                .orElseThrow(() -> unreadable(http, answer, "unknown instruction"));
        return new PresentationAnswer.Instructed(instruction, sessionHint(body));
    }

    @Override
    public AuthorizationAnswer authorize(AuthorizationCall call) {
        if (call.token().isDefined() && !sendable(call.token().get())) {
            return new AuthorizationAnswer.Refused(unsendableToken());
        }
        ObjectNode body = mapper.createObjectNode();
        body.put("currency", call.amount().currency().code());
        ObjectNode transaction = body.putObject("request_payment_transaction");
        transaction.put("amount", call.amount().minorUnits());
        transaction.put("payment_transaction_reference", call.reference());
        call.stepUpReturnUrl().forEach(returnUrl -> {
            ObjectNode stepUp = body.putObject("step_up_config");
            stepUp.put("payment_request_reference", call.reference());
            ObjectNode interaction = stepUp.putObject("customer_interaction_config");
            interaction.put("method", "HANDOVER");
            interaction.put("return_url", returnUrl);
        });
        // The Partner's string as a JSON string value: decoding it gives back exactly the same characters.
        call.data().forEach(data -> body.put("interoperability_data", data.raw()));
        Call http = Call.post("authorize", accountPath(call.account()) + "/payment/authorize",
                idempotencyKey(call.idempotencyKey()), call.token(), json(body));
        Answer answer = exchange(http);
        if (!answer.succeeded()) {
            return new AuthorizationAnswer.Refused(rejection(http, answer));
        }
        JsonNode response = answer.json(http).path("payment_transaction_response");
        String result = required(http, response, "result");
        switch (result) {
            case "APPROVED":
                return new AuthorizationAnswer.Approved(
                        required(http, response.path("payment_transaction"), "payment_transaction_id"));
            case "DECLINED":
                return new AuthorizationAnswer.Declined(text(response, "result_reason").orElse("DECLINED"));
            case "STEP_UP_REQUIRED":
                // Beside payment_transaction_response (Klarna's shape); inside it is read too.
                JsonNode request = answer.json(http).has("payment_request") ? answer.json(http).path("payment_request")
                        : response.path("payment_request");
                return new AuthorizationAnswer.StepUpRequired(required(http, request, "payment_request_id"),
                        required(http, request.path("state_context").path("customer_interaction"),
                                "payment_request_url"));
            default:
                throw unreadable(http, answer, "unknown result " + result);
        }
    }

    @Override
    public void cancelPaymentRequest(PartnerAccountId account, String paymentRequestId) {
        Call http = Call.read("cancelPaymentRequest", "DELETE", requestPath(account, paymentRequestId),
                Option.none());
        Answer answer = exchange(http);
        if (answer.succeeded() || answer.status() == 404) {
            return;
        }
        String code = errorCode(answer).orElse("");
        if (answer.status() == 409 && code.equals(FINAL)) {
            return;
        }
        LOG.warn("Klarna refused {} with {} {}; nothing was canceled", http.operation(), answer.status(), code);
    }

    @Override
    public Option<PaymentRequestStatus> readPaymentRequest(PartnerAccountId account, String paymentRequestId) {
        Call http = Call.read("readPaymentRequest", "GET", requestPath(account, paymentRequestId), Option.none());
        Answer answer = exchange(http);
        if (!answer.succeeded()) {
            if (answer.status() != 404) {
                LOG.warn("Klarna refused {} with {} {}; taken as an unknown request", http.operation(),
                        answer.status(), errorCode(answer).orElse(""));
            }
            return Option.none();
        }
        JsonNode body = answer.json(http);
        PaymentRequestState state = enumValue(PaymentRequestState.class, required(http, body, "state"))
                .orElseThrow(() -> unreadable(http, answer, "unknown state"));
        Option<InteroperabilityToken> token = Option.ofOptional(
                text(body.path("state_context"), "klarna_network_session_token"))
                .map(value -> InteroperabilityToken.parse(value, "klarna_network_session_token")
                        .getOrElseThrow(rejection -> unreadable(http, answer, "the token is not a token")));
        return Option.some(new PaymentRequestStatus(text(body, "payment_request_id").orElse(paymentRequestId), state,
                token));
    }

    // ---- one logical call, attempted up to maxAttempts times

    /** One logical call: the same request (and idempotency key) on every attempt. */
    private record Call(String operation, String method, String pathAndQuery, Option<String> idempotencyKey,
            Option<InteroperabilityToken> token, byte[] body) {

        static Call post(String operation, String path, String key, Option<InteroperabilityToken> token,
                byte[] body) {
            return new Call(operation, "POST", path, Option.some(key), token, body);
        }

        static Call read(String operation, String method, String path, Option<InteroperabilityToken> token) {
            return new Call(operation, method, path, Option.none(), token, null);
        }

        /** Whether sending it again cannot do more than sending it once. */
        boolean idempotent() {
            return method.equals("GET") || method.equals("DELETE") || idempotencyKey.isDefined();
        }

        @Override
        public String toString() {
            return "Call[" + operation + " " + method + "]";
        }
    }

    /** Klarna's final answer to a call: 2xx or 4xx. */
    private final class Answer {
        private final int status;
        private final byte[] body;
        private JsonNode json;

        Answer(int status, byte[] body) {
            this.status = status;
            this.body = body == null ? new byte[0] : body;
        }

        int status() {
            return status;
        }

        boolean succeeded() {
            return status >= 200 && status < 300;
        }

        /** The body as JSON, or empty when it is not (a proxy's text, nothing). */
        Optional<JsonNode> jsonIfAny() {
            if (json == null) {
                try {
                    JsonNode parsed = body.length == 0 ? null : mapper.readTree(body);
                    json = parsed == null || parsed.isMissingNode() ? mapper.missingNode() : parsed;
                } catch (IOException notJson) {
                    json = mapper.missingNode();
                }
            }
            return json.isObject() ? Optional.of(json) : Optional.empty();
        }

        /** The body as a JSON object; anything else makes the outcome unknown. */
        JsonNode json(Call call) {
            return jsonIfAny().orElseThrow(() -> unreadable(call, this, "not a JSON object"));
        }
    }

    /** How one attempt ended: a final answer, or a failure that may or may not have reached Klarna. */
    private sealed interface Attempt {
        record Answered(Answer answer) implements Attempt {
        }

        record Failed(boolean mayHaveActed, String reason, Throwable cause) implements Attempt {
        }
    }

    private Answer exchange(Call call) {
        int max = settings.maxAttempts();
        boolean mayHaveActed = false;
        Attempt.Failed last = null;
        int attempts = 0;
        while (attempts < max) {
            attempts++;
            Attempt attempt = attempt(call);
            if (attempt instanceof Attempt.Answered answered) {
                LOG.debug("Klarna {} answered {} (attempt {}/{}, key {})", call.operation(),
                        answered.answer().status(), attempts, max, call.idempotencyKey().getOrElse("-"));
                return answered.answer();
            }
            last = (Attempt.Failed) attempt;
            mayHaveActed |= last.mayHaveActed();
            if (last.mayHaveActed() && !call.idempotent()) {
                break;
            }
            if (attempts >= max) {
                break;
            }
            Duration pause = backoff(attempts);
            LOG.warn("Klarna {} attempt {}/{}: {}; retrying in {} ms (key {})", call.operation(), attempts, max,
                    last.reason(), pause.toMillis(), call.idempotencyKey().getOrElse("-"));
            try {
                sleeper.sleep(pause);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                last = new Attempt.Failed(false, "interrupted before retrying", interrupted);
                break;
            }
        }
        String message = "Klarna " + call.operation() + ": " + last.reason() + " (" + attempts + " of " + max
                + " attempts)" + (mayHaveActed ? ", the outcome is unknown" : ", nothing was sent");
        LOG.warn("{} (key {})", message, call.idempotencyKey().getOrElse("-"));
        throw mayHaveActed ? new KlarnaUnavailableException(message, last.cause())
                : new KlarnaUnreachableException(message, last.cause());
    }

    private Attempt attempt(Call call) {
        HttpRequest request = request(call);
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpConnectTimeoutException notConnected) {
            return new Attempt.Failed(false, "no connection within the connect timeout", notConnected);
        } catch (HttpTimeoutException noAnswer) {
            return new Attempt.Failed(true, "no answer within the read timeout", noAnswer);
        } catch (ConnectException | UnknownHostException notConnected) {
            return new Attempt.Failed(false, "could not connect (" + notConnected.getClass().getSimpleName() + ")",
                    notConnected);
        } catch (IOException broken) {
            return new Attempt.Failed(true, "the connection broke (" + broken.getClass().getSimpleName() + ")",
                    broken);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new KlarnaUnavailableException("Klarna " + call.operation()
                    + ": interrupted while waiting for the answer, the outcome is unknown", interrupted);
        }
        int status = response.statusCode();
        Answer answer = new Answer(status, response.body());
        if (status >= 200 && status < 300) {
            return new Attempt.Answered(answer);
        }
        if (status == 429) {
            return new Attempt.Failed(false, "429: Klarna did not process the request (rate limited)", null);
        }
        if (status == 409 && errorCode(answer).filter(IN_FLIGHT::equals).isPresent()) {
            return new Attempt.Failed(true, "409 " + IN_FLIGHT + ": the first attempt is still running", null);
        }
        if (status >= 400 && status < 500) {
            return new Attempt.Answered(answer);
        }
        if (status >= 500) {
            return new Attempt.Failed(true, "Klarna answered " + status, null);
        }
        return new Attempt.Failed(true, "unexpected status " + status + " (redirects are not followed)", null);
    }

    private HttpRequest request(Call call) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.baseUrl() + call.pathAndQuery()))
                .timeout(settings.readTimeout())
                .header("Authorization", authorization)
                .header("Accept", "application/json, application/problem+json");
        call.idempotencyKey().forEach(key -> request.header(IDEMPOTENCY_HEADER, key));
        call.token().forEach(token -> request.header(TOKEN_HEADER, token.reveal()));
        if (call.body() != null) {
            request.header("Content-Type", "application/json")
                    .method(call.method(), HttpRequest.BodyPublishers.ofByteArray(call.body()));
        } else {
            request.method(call.method(), HttpRequest.BodyPublishers.noBody());
        }
        return request.build();
    }

    /** Before retry {@code retry} (1-based): between half and all of {@code base * 2^(retry-1)}, at most 30 s. */
    private Duration backoff(int retry) {
        long base = settings.backoffBase().toNanos();
        if (base == 0) {
            return Duration.ZERO;
        }
        long ceiling = MAX_BACKOFF.toNanos();
        int shift = Math.min(retry - 1, 32);
        if (base <= ceiling >> shift) {
            ceiling = base << shift;
        }
        long half = ceiling / 2;
        return Duration.ofNanos(half + jitter.nextLong(ceiling - half + 1));
    }

    // ---- Klarna's answers

    private Rejection rejection(Call call, Answer answer) {
        Optional<JsonNode> body = answer.jsonIfAny();
        Optional<String> code = errorCode(answer);
        KlarnaErrorCode known = code.filter(KlarnaErrorCode::isPublished).map(KlarnaErrorCode::of)
                .orElse(KlarnaErrorCode.ACTION_NOT_ALLOWED);
        if (code.isEmpty() || !known.name().equals(code.get())) {
            LOG.warn("Klarna refused {} with {} {}: refused as {}", call.operation(), answer.status(),
                    code.orElse("(no error code)"), known.name());
        } else {
            LOG.info("Klarna refused {} with {} {}", call.operation(), answer.status(), known.name());
        }
        String detail = body.flatMap(json -> text(json, "error_message").or(() -> text(json, "detail")))
                .orElse("Klarna answered " + answer.status() + code.map(name -> " " + name).orElse(""));
        if (detail.length() > MAX_DETAIL) {
            detail = detail.substring(0, MAX_DETAIL) + "…";
        }
        Optional<String> field = body.flatMap(json -> text(json.path("validation_errors").path(0), "parameter")
                .or(() -> text(json.path("errors").path(0), "pointer").map(KlarnaHttpClient::withoutLeadingSlash)
                        .filter(pointer -> !pointer.isEmpty()))
                .or(() -> text(json.path("errors").path(0), "parameter"))
                .or(() -> text(json.path("errors").path(0), "header")));
        return new Rejection(known, detail, Option.ofOptional(field));
    }

    private static Optional<String> errorCode(Answer answer) {
        return answer.jsonIfAny().flatMap(json -> text(json, "error_code").or(() -> text(json, "code")));
    }

    private static Option<KlarnaSessionHint> sessionHint(JsonNode body) {
        JsonNode session = body.path("sandbox").path("customer_session");
        if (!session.isObject()) {
            return Option.none();
        }
        Optional<KlarnaSessionOrigin> origin = text(session, "origin")
                .flatMap(name -> enumValue(KlarnaSessionOrigin.class, name));
        Optional<KlarnaInteroperabilityStatus> status = text(session, "interoperability_status")
                .flatMap(name -> enumValue(KlarnaInteroperabilityStatus.class, name));
        if (origin.isEmpty() || status.isEmpty()) {
            LOG.debug("Klarna's customer_session has an origin or status this client does not know; ignored");
            return Option.none();
        }
        return Option.some(KlarnaSessionHint.of(origin.get(), status.get()));
    }

    private static Rejection unsendableToken() {
        return Rejection.ofField(KlarnaErrorCode.of("TOKEN_UNKNOWN"), "interoperability_token",
                "the token has characters no Klarna token has, so it cannot be sent");
    }

    private KlarnaUnavailableException unreadable(Call call, Answer answer, String why) {
        String message = "Klarna " + call.operation() + " answered " + answer.status()
                + " with a body the client cannot read (" + why + "), the outcome is unknown";
        LOG.warn(message);
        return new KlarnaUnavailableException(message, null);
    }

    private String required(Call call, JsonNode node, String field) {
        Optional<String> value = text(node, field);
        if (value.isEmpty()) {
            String message = "Klarna " + call.operation() + " answered without " + field
                    + ", the outcome is unknown";
            LOG.warn(message);
            throw new KlarnaUnavailableException(message, null);
        }
        return value.get();
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isTextual() && !value.asText().isEmpty() ? Optional.of(value.asText())
                : Optional.empty();
    }

    private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    // ---- requests

    private byte[] json(ObjectNode body) {
        try {
            // Non-ASCII escaped: the bytes on the wire are ASCII, so no character (not even a lone surrogate) is
            // lost in encoding.
            return writer.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize a request to Klarna", e);
        }
    }

    private static String accountPath(PartnerAccountId account) {
        return "/v2/accounts/" + segment(account.value());
    }

    private static String requestPath(PartnerAccountId account, String paymentRequestId) {
        Objects.requireNonNull(paymentRequestId, "paymentRequestId");
        if (paymentRequestId.isBlank()) {
            throw new IllegalArgumentException("a payment request id is not blank");
        }
        return accountPath(account) + "/payment/requests/" + segment(paymentRequestId);
    }

    /** One path segment: unreserved characters and {@code :} as they are, every other byte percent-encoded. */
    static String segment(String value) {
        boolean onlyDots = value.chars().allMatch(c -> c == '.');
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '~' || c == ':' || (c == '.' && !onlyDots);
            if (plain) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }

    private static String queryValue(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The key as sent: itself when it is 1..255 visible ASCII characters, else {@code sha256:<hex>} of it. */
    static String idempotencyKey(String key) {
        boolean visible = !key.isEmpty() && key.length() <= MAX_KEY_LENGTH
                && key.chars().allMatch(c -> c > 0x20 && c < 0x7F);
        if (visible) {
            return key;
        }
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    /** Whether the token can travel in a header: visible ASCII and spaces only (Klarna's tokens are such). */
    private static boolean sendable(InteroperabilityToken token) {
        return token.reveal().chars().allMatch(c -> c >= 0x20 && c < 0x7F);
    }

    private static String withoutLeadingSlash(String pointer) {
        return pointer.startsWith("/") ? pointer.substring(1) : pointer;
    }
}
