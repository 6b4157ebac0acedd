package dev.interop.adapters.http.api;

import dev.interop.adapters.http.Authentication;
import dev.interop.adapters.http.BodyReader;
import dev.interop.adapters.http.FieldError;
import dev.interop.adapters.http.HttpServerFactory;
import dev.interop.adapters.http.Problem;
import dev.interop.adapters.http.ProblemCodes;
import dev.interop.adapters.http.ProblemException;
import dev.interop.adapters.http.RouteRegistry;
import dev.interop.adapters.http.Routes;
import dev.interop.acquirer.application.port.in.AuthenticatePartnerCommand;
import dev.interop.acquirer.application.port.in.AuthenticatePartnerUseCase;
import dev.interop.acquirer.application.port.in.CreateCheckoutSessionCommand;
import dev.interop.acquirer.application.port.in.CreateCheckoutSessionUseCase;
import dev.interop.acquirer.application.port.in.GetCheckoutSessionCommand;
import dev.interop.acquirer.application.port.in.GetCheckoutSessionUseCase;
import dev.interop.acquirer.application.port.in.GetPaymentCommand;
import dev.interop.acquirer.application.port.in.GetPaymentMethodsCommand;
import dev.interop.acquirer.application.port.in.GetPaymentMethodsUseCase;
import dev.interop.acquirer.application.port.in.GetPaymentUseCase;
import dev.interop.acquirer.application.port.in.GetTimelineCommand;
import dev.interop.acquirer.application.port.in.GetTimelineUseCase;
import dev.interop.shared.application.port.RunIdempotentlyUseCase;
import dev.interop.acquirer.application.port.in.SubmitPaymentCommand;
import dev.interop.acquirer.application.port.in.SubmitPaymentUseCase;
import dev.interop.acquirer.application.port.in.UpdateCheckoutSessionCommand;
import dev.interop.acquirer.application.port.in.UpdateCheckoutSessionUseCase;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.acquirer.domain.checkout.CheckoutSessionId;
import dev.interop.acquirer.domain.partner.PartnerProfile;
import dev.interop.acquirer.domain.payment.PaymentId;
import dev.interop.shared.domain.CurrencyCode;
import dev.interop.shared.domain.LineItem;
import dev.interop.shared.domain.Money;
import dev.interop.shared.token.InteroperabilityData;
import dev.interop.shared.token.InteroperabilityToken;
import io.javalin.http.Context;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Acquiring Partner API, {@code /v1}, called by Partners with {@code Authorization: Bearer <partner api key>}
 * (every request under {@code /v1/}, known path or not; a wrong key is 401). Another Partner's resources are 404.
 *
 * <ul>
 *   <li>{@code POST /v1/payment-methods} → 200 {@code {klarna_instruction, payment_methods, journey}}</li>
 *   <li>{@code POST /v1/checkout-sessions} → 201 checkout session, {@code ETag}, {@code Location}</li>
 *   <li>{@code GET /v1/checkout-sessions/{id}} → 200, {@code ETag}</li>
 *   <li>{@code PATCH /v1/checkout-sessions/{id}} with {@code If-Match: "<version>"} (or {@code *}) → 200 | 412 stale
 *       | 428 missing | 409 not updatable now</li>
 *   <li>{@code GET /v1/checkout-sessions/{id}/events} → 200 {@code {events}}</li>
 *   <li>{@code POST /v1/payments} → 201 payment, {@code Location}</li>
 *   <li>{@code GET /v1/payments/{id}} → 200</li>
 *   <li>{@code GET /v1/payments/{id}/events} → 200 {@code {events}}</li>
 * </ul>
 *
 * <p>The token and data are accepted under all three spellings each ({@link DataPoints}). Every POST and PATCH
 * honours {@code Idempotency-Key} in the scope of the calling Partner.
 */
public final class PartnerApiController implements Routes {

    /** The {@code WWW-Authenticate} realm. */
    public static final String REALM = "interop-partner-api";
    /** The code of a 428. */
    public static final String PRECONDITION_REQUIRED = "PRECONDITION_REQUIRED";

    static final String PAYMENT_METHODS = "/v1/payment-methods";
    static final String CHECKOUT_SESSIONS = "/v1/checkout-sessions";
    static final String CHECKOUT_SESSION = "/v1/checkout-sessions/{id}";
    static final String CHECKOUT_SESSION_EVENTS = "/v1/checkout-sessions/{id}/events";
    static final String PAYMENTS = "/v1/payments";
    static final String PAYMENT = "/v1/payments/{id}";
    static final String PAYMENT_EVENTS = "/v1/payments/{id}/events";

    private static final String PARTNER_ATTRIBUTE = "interop.partner";
    private static final Pattern LOCALE = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8}){0,3}");
    private static final Pattern ENTITY_TAG = Pattern.compile("\"([0-9]{1,18})\"");

    private final UseCases useCases;
    private final Responder responder;
    private final JourneyMetrics metrics;

    /** The use cases this face calls. */
    public record UseCases(AuthenticatePartnerUseCase authenticate, GetPaymentMethodsUseCase paymentMethods,
            CreateCheckoutSessionUseCase createCheckoutSession, GetCheckoutSessionUseCase getCheckoutSession,
            UpdateCheckoutSessionUseCase updateCheckoutSession, SubmitPaymentUseCase submitPayment,
            GetPaymentUseCase getPayment, GetTimelineUseCase timeline, RunIdempotentlyUseCase runIdempotently) {
        public UseCases {
            Objects.requireNonNull(authenticate, "authenticate");
            Objects.requireNonNull(paymentMethods, "paymentMethods");
            Objects.requireNonNull(createCheckoutSession, "createCheckoutSession");
            Objects.requireNonNull(getCheckoutSession, "getCheckoutSession");
            Objects.requireNonNull(updateCheckoutSession, "updateCheckoutSession");
            Objects.requireNonNull(submitPayment, "submitPayment");
            Objects.requireNonNull(getPayment, "getPayment");
            Objects.requireNonNull(timeline, "timeline");
            Objects.requireNonNull(runIdempotently, "runIdempotently");
        }
    }

    public PartnerApiController(UseCases useCases, JourneyMetrics metrics) {
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.responder = new Responder(useCases.runIdempotently());
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    @Override
    public void register(RouteRegistry routes) {
        routes.before("/v1/*", this::authenticate)
                .post(PAYMENT_METHODS, this::paymentMethods)
                .post(CHECKOUT_SESSIONS, this::createCheckoutSession)
                .get(CHECKOUT_SESSION, this::getCheckoutSession)
                .patch(CHECKOUT_SESSION, this::updateCheckoutSession)
                .get(CHECKOUT_SESSION_EVENTS, ctx -> timeline(ctx, GetTimelineCommand.Subject.CHECKOUT_SESSION))
                .post(PAYMENTS, this::submitPayment)
                .get(PAYMENT, this::getPayment)
                .get(PAYMENT_EVENTS, ctx -> timeline(ctx, GetTimelineCommand.Subject.PAYMENT));
    }

    private void authenticate(Context ctx) {
        PartnerProfile partner = Authentication.authenticateBearer(ctx, REALM,
                apiKey -> useCases.authenticate().authenticate(new AuthenticatePartnerCommand(apiKey))
                        .toJavaOptional());
        ctx.attribute(PARTNER_ATTRIBUTE, partner);
    }

    private static PartnerProfile partner(Context ctx) {
        PartnerProfile partner = ctx.attribute(PARTNER_ATTRIBUTE);
        if (partner == null) {
            throw new IllegalStateException("a /v1 route ran without authentication");
        }
        return partner;
    }

    private static String scope(PartnerProfile partner) {
        return "partner:" + partner.id().value();
    }

    // ---- payment methods

    private void paymentMethods(Context ctx) {
        PartnerProfile partner = partner(ctx);
        RequestInput input = RequestInput.of(ctx);
        BodyReader body = input.body();
        Optional<Money> amount = input.money(body, "amount", "currency");
        Optional<String> locale = body.optionalString("locale", 35);
        if (locale.isPresent() && !LOCALE.matcher(locale.get()).matches()) {
            body.reject("locale", "must be a language tag such as sv-SE");
        }
        Optional<InteroperabilityToken> token = DataPoints.token(input, body);
        input.validate();
        GetPaymentMethodsCommand command = new GetPaymentMethodsCommand(partner.id(), amount.orElseThrow(),
                Option.ofOptional(locale), Option.ofOptional(token));
        responder.mutate(ctx, scope(partner), PAYMENT_METHODS,
                () -> Reply.of(useCases.paymentMethods().get(command), result -> {
                    metrics.paymentMethodsPresented(result.instruction().name());
                    return Reply.ok(PartnerViews.PaymentMethods.of(result));
                }),
                Responder.ResponseHeaders.NONE);
    }

    // ---- checkout sessions

    private void createCheckoutSession(Context ctx) {
        PartnerProfile partner = partner(ctx);
        RequestInput input = RequestInput.of(ctx);
        BodyReader body = input.body();
        Optional<Money> amount = input.money(body, "amount", "currency");
        Optional<String> reference = input.optionalReference(body, "reference");
        Optional<List<LineItem>> lineItems = input.lineItems(body, "line_items",
                amount.map(Money::currency), amount);
        Optional<InteroperabilityToken> token = DataPoints.token(input, body);
        Optional<InteroperabilityData> data = DataPoints.data(input, body);
        input.validate();
        CreateCheckoutSessionCommand command = new CreateCheckoutSessionCommand(partner.id(), amount.orElseThrow(),
                Option.ofOptional(reference), io.vavr.collection.List.ofAll(lineItems.orElse(List.of())),
                Option.ofOptional(token), Option.ofOptional(data));
        responder.mutate(ctx, scope(partner), CHECKOUT_SESSIONS,
                () -> Reply.of(useCases.createCheckoutSession().create(command), view -> {
                    metrics.checkoutSessionOpened(view.session().journey().name());
                    return Reply.created(PartnerViews.CheckoutSessionBody.of(view));
                }),
                Responder.versioned(CHECKOUT_SESSIONS, "id"));
    }

    private void getCheckoutSession(Context ctx) {
        PartnerProfile partner = partner(ctx);
        CheckoutSessionId id = checkoutSessionId(ctx);
        responder.read(ctx, Reply.of(useCases.getCheckoutSession().get(new GetCheckoutSessionCommand(partner.id(), id)),
                view -> Reply.ok(PartnerViews.CheckoutSessionBody.of(view))), Responder.ResponseHeaders.ETAG);
    }

    private void updateCheckoutSession(Context ctx) {
        PartnerProfile partner = partner(ctx);
        CheckoutSessionId id = checkoutSessionId(ctx);
        Optional<Long> expectedVersion = ifMatch(ctx);
        RequestInput input = RequestInput.of(ctx);
        BodyReader body = input.body();
        Optional<Long> amount = input.optionalPositiveAmount(body, "amount");
        boolean moneyGiven = body.has("amount") || body.has("line_items");
        Optional<CurrencyCode> currency = moneyGiven ? input.currency(body, "currency")
                : input.optionalCurrency(body, "currency");
        Optional<Money> newAmount = amount.flatMap(minor -> currency.map(code -> new Money(minor, code)));
        Optional<List<LineItem>> lineItems = input.lineItems(body, "line_items", currency, newAmount);
        Optional<String> reference = input.optionalReference(body, "reference");
        Optional<InteroperabilityToken> token = DataPoints.token(input, body);
        Optional<InteroperabilityData> data = DataPoints.data(input, body);
        if (!body.hasErrors() && !moneyGiven && !body.has("reference") && !DataPoints.hasToken(body)
                && !DataPoints.hasData(body)) {
            body.rejectObject("must change at least one of amount, line_items, reference, the interoperability "
                    + "token or data");
        }
        input.validate();
        responder.mutate(ctx, scope(partner), CHECKOUT_SESSION, () -> {
            Either<UseCaseError, Long> version = expectedVersion.<Either<UseCaseError, Long>>map(Either::right)
                    .orElseGet(() -> useCases.getCheckoutSession().get(new GetCheckoutSessionCommand(partner.id(), id))
                            .map(view -> view.session().version()));
            return Reply.of(version.flatMap(expected -> useCases.updateCheckoutSession().update(
                    new UpdateCheckoutSessionCommand(partner.id(), id, expected, Option.ofOptional(newAmount),
                            Option.ofOptional(lineItems).map(io.vavr.collection.List::ofAll),
                            Option.ofOptional(reference), Option.ofOptional(token), Option.ofOptional(data)))),
                    view -> Reply.ok(PartnerViews.CheckoutSessionBody.of(view)));
        }, Responder.ResponseHeaders.ETAG);
    }

    /**
     * The version {@code If-Match} names; empty for {@code *} (any current version).
     *
     * @throws ProblemException 428 {@code PRECONDITION_REQUIRED} when the header is missing, 400
     *     {@code INVALID_HEADER} when it is not one strong entity tag
     */
    private static Optional<Long> ifMatch(Context ctx) {
        String header = ctx.header("If-Match");
        if (header == null || header.isBlank()) {
            throw new ProblemException(Problem.of(428, PRECONDITION_REQUIRED,
                    "A checkout session is changed only conditionally: send If-Match with its ETag.",
                    List.of(FieldError.header("If-Match", "is required"))));
        }
        String value = header.strip();
        if (value.equals("*")) {
            return Optional.empty();
        }
        Matcher matcher = ENTITY_TAG.matcher(value);
        if (!matcher.matches()) {
            throw ProblemException.invalidHeader("If-Match",
                    "must be the ETag of the checkout session, such as \"3\", or *");
        }
        return Optional.of(Long.parseLong(matcher.group(1)));
    }

    private static CheckoutSessionId checkoutSessionId(Context ctx) {
        String id = ctx.pathParam("id");
        return CheckoutSessionId.parse(id, "id").getOrElseThrow(rejection -> ProblemException.notFound(
                ProblemCodes.NOT_FOUND, "No checkout session " + id + " exists."));
    }

    // ---- payments

    private void submitPayment(Context ctx) {
        PartnerProfile partner = partner(ctx);
        RequestInput input = RequestInput.of(ctx);
        BodyReader body = input.body();
        Optional<Money> amount = input.money(body, "amount", "currency");
        String reference = input.requireReference(body, "reference");
        Optional<CheckoutSessionId> checkoutSessionId = body.optionalString("checkout_session_id")
                .flatMap(value -> input.check(body, CheckoutSessionId.parse(value, "checkout_session_id"),
                        "checkout_session_id"));
        boolean finalization = body.optionalBoolean("finalize").orElse(false);
        Optional<String> returnUrl = body.optionalObject("step_up")
                .flatMap(stepUp -> input.requireUrl(stepUp, "return_url"));
        Optional<InteroperabilityToken> token = DataPoints.token(input, body);
        Optional<InteroperabilityData> data = DataPoints.data(input, body);
        input.validate();
        SubmitPaymentCommand command = new SubmitPaymentCommand(partner.id(), amount.orElseThrow(), reference,
                Option.ofOptional(checkoutSessionId), finalization, Option.ofOptional(returnUrl),
                Option.ofOptional(token), Option.ofOptional(data));
        responder.mutate(ctx, scope(partner), PAYMENTS,
                () -> Reply.of(useCases.submitPayment().submit(command), payment -> {
                    metrics.paymentCreated(payment.journey().name(), payment.kind().name());
                    return Reply.created(PartnerViews.PaymentBody.of(payment));
                }),
                Responder.versioned(PAYMENTS, "id"));
    }

    private void getPayment(Context ctx) {
        PartnerProfile partner = partner(ctx);
        String id = ctx.pathParam("id");
        PaymentId paymentId = PaymentId.parse(id, "id").getOrElseThrow(rejection -> ProblemException.notFound(
                ProblemCodes.NOT_FOUND, "No payment " + id + " exists."));
        responder.read(ctx, Reply.of(useCases.getPayment().get(new GetPaymentCommand(partner.id(), paymentId)),
                payment -> Reply.ok(PartnerViews.PaymentBody.of(payment))), Responder.ResponseHeaders.ETAG);
    }

    // ---- timelines

    private void timeline(Context ctx, GetTimelineCommand.Subject subject) {
        PartnerProfile partner = partner(ctx);
        var mapper = ctx.appData(HttpServerFactory.OBJECT_MAPPER);
        responder.read(ctx, Reply.of(useCases.timeline().timeline(
                        new GetTimelineCommand(partner.id(), subject, ctx.pathParam("id"))),
                events -> Reply.ok(PartnerViews.Events.of(events, mapper))), Responder.ResponseHeaders.NONE);
    }
}
