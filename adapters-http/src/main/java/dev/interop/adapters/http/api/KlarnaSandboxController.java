package dev.interop.adapters.http.api;

import dev.interop.adapters.http.Authentication;
import dev.interop.adapters.http.BodyReader;
import dev.interop.adapters.http.FieldError;
import dev.interop.adapters.http.IdempotencyKey;
import dev.interop.adapters.http.Problem;
import dev.interop.adapters.http.ProblemCodes;
import dev.interop.adapters.http.ProblemException;
import dev.interop.adapters.http.RouteRegistry;
import dev.interop.adapters.http.SecretCheck;
import dev.interop.adapters.http.Routes;
import dev.interop.klarna.application.port.in.AbortPurchaseJourneyCommand;
import dev.interop.klarna.application.port.in.AbortPurchaseJourneyUseCase;
import dev.interop.klarna.application.port.in.ApprovePurchaseCommand;
import dev.interop.klarna.application.port.in.ApprovePurchaseUseCase;
import dev.interop.klarna.application.port.in.AuthorizePaymentCommand;
import dev.interop.klarna.application.port.in.AuthorizePaymentUseCase;
import dev.interop.klarna.application.port.in.CancelPaymentRequestCommand;
import dev.interop.klarna.application.port.in.CancelPaymentRequestUseCase;
import dev.interop.klarna.application.port.in.ChangeShippingAddressCommand;
import dev.interop.klarna.application.port.in.ChangeShippingAddressUseCase;
import dev.interop.klarna.application.port.in.CreatePaymentRequestCommand;
import dev.interop.klarna.application.port.in.CreatePaymentRequestUseCase;
import dev.interop.klarna.application.port.in.DeclinePurchaseCommand;
import dev.interop.klarna.application.port.in.DeclinePurchaseUseCase;
import dev.interop.klarna.application.port.in.ExchangeCustomerTokenCommand;
import dev.interop.klarna.application.port.in.ExchangeCustomerTokenUseCase;
import dev.interop.klarna.application.port.in.GetPaymentPresentationCommand;
import dev.interop.klarna.application.port.in.GetPaymentPresentationUseCase;
import dev.interop.klarna.application.port.in.GetPaymentRequestCommand;
import dev.interop.klarna.application.port.in.GetPaymentRequestUseCase;
import dev.interop.klarna.application.port.in.OnboardPartnerCommand;
import dev.interop.klarna.application.port.in.OnboardPartnerUseCase;
import dev.interop.shared.application.port.RunIdempotentlyUseCase;
import dev.interop.klarna.application.port.in.SelectShippingOptionCommand;
import dev.interop.klarna.application.port.in.SelectShippingOptionUseCase;
import dev.interop.klarna.application.port.in.SignInCommand;
import dev.interop.klarna.application.port.in.SignInUseCase;
import dev.interop.klarna.application.port.in.StartExpressCheckoutCommand;
import dev.interop.klarna.application.port.in.StartExpressCheckoutUseCase;
import dev.interop.klarna.application.port.in.StartPrequalificationCommand;
import dev.interop.klarna.application.port.in.StartPrequalificationUseCase;
import dev.interop.klarna.application.port.in.StartPurchaseJourneyCommand;
import dev.interop.klarna.application.port.in.StartPurchaseJourneyUseCase;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.network.IntegrationType;
import dev.interop.shared.network.KlarnaClientId;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.klarna.domain.paymentrequest.Intent;
import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;
import dev.interop.klarna.domain.session.CustomerTokenScope;
import dev.interop.shared.domain.CurrencyCode;
import dev.interop.shared.domain.Krn;
import dev.interop.shared.domain.LineItem;
import dev.interop.shared.domain.Money;
import dev.interop.klarna.domain.shipping.ShippingAddress;
import dev.interop.shared.token.InteroperabilityData;
import dev.interop.shared.token.InteroperabilityToken;
import io.javalin.http.Context;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Klarna Network sandbox, {@code /sandbox/klarna}: the Klarna side, faithful enough to run the four journeys
 * offline.
 *
 * <p>Boost features and the customer's own actions (what Klarna's SDK and purchase journey do in a browser) take the
 * Partner's public {@code client_id} in the body and need no credentials:
 * <ul>
 *   <li>{@code POST /sandbox/klarna/v1/prequalifications}, {@code /sign-ins}, {@code /interoperability-tokens},
 *       {@code /express-checkouts} → 201;</li>
 *   <li>{@code POST /sandbox/klarna/v1/payment-requests/{id}/customer/{start|shipping-address|shipping-option|
 *       approve|abort|decline}} → 200 with the request's state ({@code approve} also with the fresh token); a
 *       Partner's shipping refusal is 422 with Klarna's reason as {@code code}.</li>
 * </ul>
 *
 * <p>The Acquiring Partner's side is Klarna's AP-facing API in the exact shapes of docs/klarna-wire.md, under
 * {@code /sandbox/klarna/v2} with {@code Authorization: Basic} user {@value #ACQUIRER} and the Klarna API key as
 * password: {@code POST /v2/partner/accounts} (onboarding, a sandbox addition: 201 for a new reference, 200 with the
 * same account for one seen before), and under {@code /v2/accounts/{pid}} ({@code pid}: the Partner's
 * {@code klarna_partner_account_id}; an unknown one is 404) {@code GET .../payment/presentation},
 * {@code POST .../payment/authorize}, {@code POST .../payment/requests}, {@code GET} and {@code DELETE
 * .../payment/requests/{id}}. The token travels in {@code Klarna-Network-Session-Token} (or the legacy
 * {@code Klarna-Interoperability-Token}), never in the URL (R2). What only the sandbox adds to an answer sits under
 * {@code sandbox}; every error there also carries Klarna's error fields ({@code ProblemResponses}).
 *
 * <p>Every POST honours {@code Idempotency-Key}: in the scope {@code client:<client_id>} for customer and Boost
 * requests, {@code acquirer:<pid>} (or {@code acquirer} for onboarding) for the Acquiring Partner's, where
 * {@code Klarna-Idempotency-Key} is accepted as well and authorize requires one of the two: a retried authorization
 * answers the first answer again and never makes a second transaction.
 */
public final class KlarnaSandboxController implements Routes {

    /** The Basic user name of the Acquiring Partner's Klarna credentials. */
    public static final String ACQUIRER = "acquirer";
    /** The {@code WWW-Authenticate} realm of the AP-facing endpoints. */
    public static final String REALM = "klarna-sandbox";

    static final String V1 = "/sandbox/klarna/v1";
    static final String PREQUALIFICATIONS = V1 + "/prequalifications";
    static final String SIGN_INS = V1 + "/sign-ins";
    static final String INTEROPERABILITY_TOKENS = V1 + "/interoperability-tokens";
    static final String EXPRESS_CHECKOUTS = V1 + "/express-checkouts";
    static final String CUSTOMER = V1 + "/payment-requests/{id}/customer";
    static final String V2 = "/sandbox/klarna/v2";
    static final String PARTNER_ACCOUNTS = V2 + "/partner/accounts";
    static final String ACCOUNT = V2 + "/accounts/{pid}";
    static final String PRESENTATION = ACCOUNT + "/payment/presentation";
    static final String AUTHORIZE = ACCOUNT + "/payment/authorize";
    static final String PAYMENT_REQUESTS = ACCOUNT + "/payment/requests";
    static final String PAYMENT_REQUEST = ACCOUNT + "/payment/requests/{id}";

    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,128}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}");
    private static final Pattern LOCALE = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8}){0,3}");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,18}");
    private static final int MAX_ACCOUNT_TEXT = 200;
    /** The idempotency scope of onboarding, which no account scopes yet. */
    private static final String ONBOARDING_SCOPE = "acquirer";

    private final UseCases useCases;
    private final Responder responder;
    private final Responder klarnaResponder;
    private final SecretCheck klarnaApiKey;

    /** The use cases this face calls. */
    public record UseCases(OnboardPartnerUseCase onboardPartner, StartPrequalificationUseCase prequalify,
            SignInUseCase signIn, ExchangeCustomerTokenUseCase exchangeCustomerToken,
            StartExpressCheckoutUseCase startExpressCheckout, StartPurchaseJourneyUseCase startPurchaseJourney,
            ChangeShippingAddressUseCase changeShippingAddress, SelectShippingOptionUseCase selectShippingOption,
            ApprovePurchaseUseCase approvePurchase, AbortPurchaseJourneyUseCase abortPurchaseJourney,
            DeclinePurchaseUseCase declinePurchase, GetPaymentPresentationUseCase presentation,
            AuthorizePaymentUseCase authorize, CreatePaymentRequestUseCase createPaymentRequest,
            GetPaymentRequestUseCase getPaymentRequest, CancelPaymentRequestUseCase cancelPaymentRequest,
            RunIdempotentlyUseCase runIdempotently) {
        public UseCases {
            Objects.requireNonNull(onboardPartner, "onboardPartner");
            Objects.requireNonNull(prequalify, "prequalify");
            Objects.requireNonNull(signIn, "signIn");
            Objects.requireNonNull(exchangeCustomerToken, "exchangeCustomerToken");
            Objects.requireNonNull(startExpressCheckout, "startExpressCheckout");
            Objects.requireNonNull(startPurchaseJourney, "startPurchaseJourney");
            Objects.requireNonNull(changeShippingAddress, "changeShippingAddress");
            Objects.requireNonNull(selectShippingOption, "selectShippingOption");
            Objects.requireNonNull(approvePurchase, "approvePurchase");
            Objects.requireNonNull(abortPurchaseJourney, "abortPurchaseJourney");
            Objects.requireNonNull(declinePurchase, "declinePurchase");
            Objects.requireNonNull(presentation, "presentation");
            Objects.requireNonNull(authorize, "authorize");
            Objects.requireNonNull(createPaymentRequest, "createPaymentRequest");
            Objects.requireNonNull(getPaymentRequest, "getPaymentRequest");
            Objects.requireNonNull(cancelPaymentRequest, "cancelPaymentRequest");
            Objects.requireNonNull(runIdempotently, "runIdempotently");
        }
    }

    public KlarnaSandboxController(UseCases useCases, SecretCheck klarnaApiKey) {
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.responder = new Responder(useCases.runIdempotently());
        this.klarnaResponder = new Responder(useCases.runIdempotently(), Responder.KeySource.KLARNA);
        this.klarnaApiKey = Objects.requireNonNull(klarnaApiKey, "klarnaApiKey");
    }

    @Override
    public void register(RouteRegistry routes) {
        routes.post(PREQUALIFICATIONS, this::prequalify)
                .post(SIGN_INS, this::signIn)
                .post(INTEROPERABILITY_TOKENS, this::exchangeCustomerToken)
                .post(EXPRESS_CHECKOUTS, this::startExpressCheckout)
                .post(CUSTOMER + "/start", ctx -> customerAction(ctx, "/start",
                        (client, id) -> useCases.startPurchaseJourney().start(
                                new StartPurchaseJourneyCommand(client, id))))
                .post(CUSTOMER + "/abort", ctx -> customerAction(ctx, "/abort",
                        (client, id) -> useCases.abortPurchaseJourney().abort(
                                new AbortPurchaseJourneyCommand(client, id))))
                .post(CUSTOMER + "/decline", ctx -> customerAction(ctx, "/decline",
                        (client, id) -> useCases.declinePurchase().decline(new DeclinePurchaseCommand(client, id))))
                .post(CUSTOMER + "/approve", this::approve)
                .post(CUSTOMER + "/shipping-address", this::changeShippingAddress)
                .post(CUSTOMER + "/shipping-option", this::selectShippingOption)
                .before(V2 + "/*", ctx -> Authentication.requireBasicPassword(
                        ctx, REALM, ACQUIRER, klarnaApiKey))
                .post(PARTNER_ACCOUNTS, this::onboardPartner)
                .get(PRESENTATION, this::presentation)
                .post(AUTHORIZE, this::authorize)
                .post(PAYMENT_REQUESTS, this::createPaymentRequest)
                .get(PAYMENT_REQUEST, this::getPaymentRequest)
                .delete(PAYMENT_REQUEST, this::cancelPaymentRequest);
    }

    // ---- Boost features

    private void prequalify(Context ctx) {
        RequestInput input = RequestInput.of(ctx);
        BodyReader body = input.body();
        Optional<KlarnaClientId> client = clientId(body);
        Optional<String> email = email(body.requireObject("customer"));
        Optional<Long> amount = input.optionalPositiveAmount(body, "amount");
        Optional<CurrencyCode> currency = input.currency(body, "currency");
        input.validate();
        StartPrequalificationCommand command = new StartPrequalificationCommand(client.orElseThrow(),
                email.orElseThrow(), Option.ofOptional(amount).map(minor -> new Money(minor, currency.orElseThrow())),
                currency.orElseThrow());
        responder.mutate(ctx, clientScope(command.clientId()), PREQUALIFICATIONS,
                () -> Reply.of(useCases.prequalify().start(command),
                        result -> Reply.created(SandboxViews.Prequalification.of(result))),
                Responder.ResponseHeaders.NONE);
    }

    private void signIn(Context ctx) {
        RequestInput input = RequestInput.of(ctx);
        BodyReader body = input.body();
        Optional<KlarnaClientId> client = clientId(body);
        BodyReader customer = body.requireObject("customer");
        Optional<String> email = email(customer);
        Optional<String> givenName = customer.optionalString("given_name", 100);
        Optional<String> familyName = customer.optionalString("family_name", 100);
        Set<CustomerTokenScope> scopes = new LinkedHashSet<>();
        if (!body.has("scopes")) {
            body.reject("scopes", "is required");
        }
        List<String> wireNames = body.optionalStrings("scopes");
        for (String wireName : wireNames) {
            CustomerTokenScope.fromWireName(wireName).peek(scopes::add);
        }
        if (scopes.size() < wireNames.stream().distinct().count()) {
            body.reject("scopes", "must contain only payment:customer_present, payment:customer_not_present, "
                    + "customer:login");
        } else if (body.has("scopes") && wireNames.isEmpty() && !body.hasErrors()) {
            body.reject("scopes", "must not be empty");
        }
        input.validate();
        SignInCommand command = new SignInCommand(client.orElseThrow(), email.orElseThrow(),
                Option.ofOptional(givenName), Option.ofOptional(familyName),
                io.vavr.collection.LinkedHashSet.ofAll(scopes));
        responder.mutate(ctx, clientScope(command.clientId()), SIGN_INS,
                () -> Reply.of(useCases.signIn().signIn(command),
                        result -> Reply.created(new SandboxViews.SignIn(result.customerToken()))),
                Responder.ResponseHeaders.NONE);
    }

    private void exchangeCustomerToken(Context ctx) {
        RequestInput input = RequestInput.of(ctx);
        BodyReader body = input.body();
        Optional<KlarnaClientId> client = clientId(body);
        String customerToken = body.requireString("customer_token", 1024);
        input.validate();
        ExchangeCustomerTokenCommand command = new ExchangeCustomerTokenCommand(client.orElseThrow(), customerToken);
        responder.mutate(ctx, clientScope(command.clientId()), INTEROPERABILITY_TOKENS,
                () -> Reply.of(useCases.exchangeCustomerToken().exchange(command),
                        result -> Reply.created(new SandboxViews.IssuedToken(result.sessionId().krn().value(),
                                result.token().reveal()))),
                Responder.ResponseHeaders.NONE);
    }

    private void startExpressCheckout(Context ctx) {
        RequestInput input = RequestInput.of(ctx);
        BodyReader body = input.body();
        Optional<KlarnaClientId> client = clientId(body);
        Intent intent = body.requireEnum("intent", Intent.class);
        Optional<Money> amount = input.money(body, "amount", "currency");
        Optional<List<LineItem>> lineItems = input.lineItems(body, "line_items", amount.map(Money::currency), amount);
        Optional<String> reference = input.optionalReference(body, "reference");
        input.validate();
        StartExpressCheckoutCommand command = new StartExpressCheckoutCommand(client.orElseThrow(), intent,
                amount.orElseThrow(), io.vavr.collection.List.ofAll(lineItems.orElse(List.of())),
                Option.ofOptional(reference));
        responder.mutate(ctx, clientScope(command.clientId()), EXPRESS_CHECKOUTS,
                () -> Reply.of(useCases.startExpressCheckout().start(command),
                        request -> Reply.created(SandboxViews.PaymentRequestBody.of(request))),
                Responder.ResponseHeaders.NONE);
    }

    // ---- the customer in Klarna's purchase journey

    @FunctionalInterface
    private interface CustomerAction {
        Either<dev.interop.shared.application.port.UseCaseError, PaymentRequest> run(KlarnaClientId client,
                PaymentRequestId id);
    }

    private void customerAction(Context ctx, String action, CustomerAction run) {
        PaymentRequestId id = paymentRequestId(ctx);
        RequestInput input = RequestInput.of(ctx);
        Optional<KlarnaClientId> client = clientId(input.body());
        input.validate();
        responder.mutate(ctx, clientScope(client.orElseThrow()), CUSTOMER + action,
                () -> Reply.of(run.run(client.orElseThrow(), id),
                        request -> Reply.ok(SandboxViews.PaymentRequestBody.of(request))),
                Responder.ResponseHeaders.NONE);
    }

    private void approve(Context ctx) {
        PaymentRequestId id = paymentRequestId(ctx);
        RequestInput input = RequestInput.of(ctx);
        BodyReader body = input.body();
        Optional<KlarnaClientId> client = clientId(body);
        Optional<String> email = body.optionalObject("customer").flatMap(this::email);
        input.validate();
        ApprovePurchaseCommand command = new ApprovePurchaseCommand(client.orElseThrow(), id,
                Option.ofOptional(email));
        responder.mutate(ctx, clientScope(command.clientId()), CUSTOMER + "/approve",
                () -> Reply.of(useCases.approvePurchase().approve(command),
                        result -> Reply.ok(SandboxViews.PaymentRequestBody.of(result.request(), null,
                                result.token().getOrNull()))),
                Responder.ResponseHeaders.NONE);
    }

    private void changeShippingAddress(Context ctx) {
        PaymentRequestId id = paymentRequestId(ctx);
        RequestInput input = RequestInput.of(ctx);
        BodyReader body = input.body();
        Optional<KlarnaClientId> client = clientId(body);
        BodyReader address = body.requireObject("address");
        Optional<String> street = address.optionalString("street_address", 255);
        Optional<String> postalCode = address.optionalString("postal_code", 255);
        Optional<String> city = address.optionalString("city", 255);
        Optional<String> region = address.optionalString("region", 255);
        String country = address.requireString("country", 2);
        Optional<ShippingAddress> parsed = Optional.empty();
        if (!body.hasErrors()) {
            parsed = input.check(address, ShippingAddress.parse(street.orElse(null), postalCode.orElse(null),
                    city.orElse(null), region.orElse(null), country, ""), "country");
        }
        input.validate();
        ChangeShippingAddressCommand command = new ChangeShippingAddressCommand(client.orElseThrow(), id,
                parsed.orElseThrow());
        responder.mutate(ctx, clientScope(command.clientId()), CUSTOMER + "/shipping-address",
                () -> Reply.of(useCases.changeShippingAddress().change(command),
                        result -> Reply.ok(SandboxViews.ShippingChange.of(result))),
                Responder.ResponseHeaders.NONE);
    }

    private void selectShippingOption(Context ctx) {
        PaymentRequestId id = paymentRequestId(ctx);
        RequestInput input = RequestInput.of(ctx);
        BodyReader body = input.body();
        Optional<KlarnaClientId> client = clientId(body);
        String reference = body.requireString("shipping_option_reference", 255);
        input.validate();
        SelectShippingOptionCommand command = new SelectShippingOptionCommand(client.orElseThrow(), id, reference);
        responder.mutate(ctx, clientScope(command.clientId()), CUSTOMER + "/shipping-option",
                () -> Reply.of(useCases.selectShippingOption().select(command),
                        result -> Reply.ok(SandboxViews.ShippingChange.of(result))),
                Responder.ResponseHeaders.NONE);
    }

    // ---- the Acquiring Partner's calls

    /**
     * {@code {partner_account_reference, name, integration_type, dynamic_shipping?}} → 201 with the new account, or
     * 200 with the account made before for this reference (the Acquiring Partner's own id for the Partner).
     */
    private void onboardPartner(Context ctx) {
        RequestInput input = RequestInput.of(ctx);
        BodyReader body = input.body();
        String reference = body.requireString("partner_account_reference", MAX_ACCOUNT_TEXT);
        String name = body.requireString("name", MAX_ACCOUNT_TEXT);
        IntegrationType integrationType = body.requireEnum("integration_type", IntegrationType.class);
        boolean dynamicShipping = body.optionalBoolean("dynamic_shipping").orElse(false);
        input.validate();
        OnboardPartnerCommand command = new OnboardPartnerCommand(reference, name.strip(), integrationType,
                dynamicShipping);
        klarnaResponder.mutate(ctx, ONBOARDING_SCOPE, PARTNER_ACCOUNTS,
                () -> Reply.of(useCases.onboardPartner().onboardOrFind(command),
                        result -> new Reply.Success(result.created() ? 201 : 200,
                                SandboxViews.PartnerAccountBody.of(result.account()))),
                Responder.ResponseHeaders.NONE);
    }

    private void presentation(Context ctx) {
        PartnerAccountId account = account(ctx);
        Optional<InteroperabilityToken> token = DataPoints.tokenHeader(ctx);
        List<FieldError> errors = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        String amountText = ctx.queryParam("amount");
        String currencyText = ctx.queryParam("currency");
        String locale = ctx.queryParam("locale");
        long amount = 0;
        if (amountText == null) {
            errors.add(FieldError.parameter("amount", "is required"));
            codes.add(ProblemCodes.INVALID_PARAMETER);
        } else if (!INTEGER.matcher(amountText).matches()) {
            errors.add(FieldError.parameter("amount", "must be an integer amount in minor units"));
            codes.add(ProblemCodes.INVALID_PARAMETER);
        } else if ((amount = Long.parseLong(amountText)) <= 0) {
            errors.add(FieldError.parameter("amount", "must be a positive integer amount in minor units"));
            codes.add(CommonRejection.INVALID_AMOUNT.name());
        }
        Either<dev.interop.shared.domain.Rejection, CurrencyCode> currency =
                CurrencyCode.parse(currencyText, "currency");
        if (currency.isLeft()) {
            errors.add(FieldError.parameter("currency", currencyText == null ? "is required"
                    : currency.getLeft().detail()));
            codes.add(currencyText == null ? ProblemCodes.INVALID_PARAMETER : CommonRejection.INVALID_CURRENCY.name());
        }
        if (locale != null && !LOCALE.matcher(locale).matches()) {
            errors.add(FieldError.parameter("locale", "must be a language tag such as sv-SE"));
            codes.add(ProblemCodes.INVALID_PARAMETER);
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(400, codes.get(0), "A query parameter of the request is invalid.",
                    errors));
        }
        GetPaymentPresentationCommand command = new GetPaymentPresentationCommand(account,
                new Money(amount, currency.get()), Option.of(locale), Option.ofOptional(token));
        klarnaResponder.read(ctx, Reply.of(useCases.presentation().present(command),
                result -> Reply.ok(SandboxViews.Presentation.of(result))), Responder.ResponseHeaders.NONE);
    }

    /**
     * {@code {currency, request_payment_transaction{amount, payment_transaction_reference},
     * step_up_config?{payment_request_reference?, customer_interaction_config{method?, return_url}},
     * interoperability_data?}} with a required idempotency key: the data travels byte for byte.
     */
    private void authorize(Context ctx) {
        PartnerAccountId account = account(ctx);
        IdempotencyKey.requireKlarna(ctx);
        Optional<InteroperabilityToken> token = DataPoints.tokenHeader(ctx);
        RequestInput input = RequestInput.of(ctx);
        BodyReader body = input.body();
        Optional<CurrencyCode> currency = input.currency(body, "currency");
        BodyReader transaction = body.requireObject("request_payment_transaction");
        Optional<Long> amount = input.positiveAmount(transaction, "amount");
        String reference = input.requireReference(transaction, "payment_transaction_reference");
        Optional<BodyReader> stepUpConfig = body.optionalObject("step_up_config");
        Optional<String> paymentRequestReference = stepUpConfig
                .flatMap(stepUp -> input.optionalReference(stepUp, "payment_request_reference"));
        Optional<String> returnUrl = stepUpConfig
                .map(stepUp -> stepUp.requireObject("customer_interaction_config"))
                .flatMap(interaction -> {
                    interaction.optionalString("method").filter(method -> !method.equals("HANDOVER"))
                            .ifPresent(method -> interaction.reject("method", "must be HANDOVER"));
                    return input.requireUrl(interaction, "return_url");
                });
        Optional<InteroperabilityData> data = DataPoints.data(input, body);
        input.validate();
        AuthorizePaymentCommand command = new AuthorizePaymentCommand(account, Option.ofOptional(token),
                new Money(amount.orElseThrow(), currency.orElseThrow()), reference, Option.ofOptional(data),
                Option.ofOptional(returnUrl), Option.ofOptional(paymentRequestReference));
        klarnaResponder.mutate(ctx, acquirerScope(account), AUTHORIZE,
                () -> Reply.of(useCases.authorize().authorize(command),
                        outcome -> Reply.ok(SandboxViews.Authorization.of(outcome))),
                Responder.ResponseHeaders.NONE);
    }

    private void createPaymentRequest(Context ctx) {
        PartnerAccountId account = account(ctx);
        Optional<InteroperabilityToken> token = DataPoints.tokenHeader(ctx);
        RequestInput input = RequestInput.of(ctx);
        BodyReader body = input.body();
        Optional<Money> amount = input.money(body, "amount", "currency");
        Intent intent = body.optionalEnum("intent", Intent.class).orElse(Intent.AUTHORIZATION);
        Optional<List<LineItem>> lineItems = input.lineItems(body, "line_items", amount.map(Money::currency), amount);
        Optional<String> reference = input.optionalReference(body, "payment_request_reference");
        Optional<String> returnUrl = body.optionalObject("customer_interaction_config")
                .flatMap(interaction -> input.requireUrl(interaction, "return_url"));
        Optional<Long> ttlSeconds = body.optionalLong("ttl_seconds");
        if (ttlSeconds.isPresent() && (ttlSeconds.get() < PaymentRequest.MIN_TTL.toSeconds()
                || ttlSeconds.get() > PaymentRequest.MAX_TTL.toSeconds())) {
            input.reject(body, "ttl_seconds", CommonRejection.INVALID_TTL, "must be between "
                    + PaymentRequest.MIN_TTL.toSeconds() + " and " + PaymentRequest.MAX_TTL.toSeconds() + " seconds");
        }
        input.validate();
        CreatePaymentRequestCommand command = new CreatePaymentRequestCommand(account, Option.ofOptional(token),
                intent, amount.orElseThrow(), io.vavr.collection.List.ofAll(lineItems.orElse(List.of())),
                Option.ofOptional(reference), Option.ofOptional(returnUrl),
                Option.ofOptional(ttlSeconds).map(Duration::ofSeconds));
        klarnaResponder.mutate(ctx, acquirerScope(account), PAYMENT_REQUESTS,
                () -> Reply.of(useCases.createPaymentRequest().create(command),
                        request -> Reply.created(SandboxViews.KlarnaPaymentRequest.of(request))),
                Responder.location(ctx.path(), "payment_request_id"));
    }

    private void getPaymentRequest(Context ctx) {
        PartnerAccountId account = account(ctx);
        PaymentRequestId id = paymentRequestId(ctx);
        GetPaymentRequestCommand read = new GetPaymentRequestCommand(account, id);
        klarnaResponder.read(ctx, Reply.of(useCases.getPaymentRequest().get(read),
                request -> Reply.ok(SandboxViews.KlarnaPaymentRequest.of(request,
                        useCases.getPaymentRequest().completionToken(read).getOrNull()))),
                Responder.ResponseHeaders.NONE);
    }

    private void cancelPaymentRequest(Context ctx) {
        PartnerAccountId account = account(ctx);
        PaymentRequestId id = paymentRequestId(ctx);
        klarnaResponder.read(ctx, Reply.of(useCases.cancelPaymentRequest().cancel(new CancelPaymentRequestCommand(
                account, id)), request -> Reply.ok(SandboxViews.KlarnaPaymentRequest.of(request))),
                Responder.ResponseHeaders.NONE);
    }

    // ---- inputs

    private static Optional<KlarnaClientId> clientId(BodyReader body) {
        String value = body.requireString("client_id", 128);
        if (body.has("client_id") && !value.isEmpty() && !CLIENT_ID.matcher(value).matches()) {
            body.reject("client_id", "must be a client id: 1..128 of A-Z a-z 0-9 _ . : -");
            return Optional.empty();
        }
        return value.isEmpty() ? Optional.empty() : Optional.of(new KlarnaClientId(value));
    }

    private Optional<String> email(BodyReader customer) {
        String email = customer.requireString("email", 254);
        if (customer.has("email") && !email.isEmpty() && !EMAIL.matcher(email).matches()) {
            customer.reject("email", "must be an email address");
            return Optional.empty();
        }
        return email.isEmpty() ? Optional.empty() : Optional.of(email);
    }

    /** The account of the path; a value that cannot be an account id is an unknown account: 404. */
    private static PartnerAccountId account(Context ctx) {
        String pid = ctx.pathParam("pid");
        if (!Krn.isValid(pid)) {
            throw ProblemException.notFound(ProblemCodes.NOT_FOUND, "No partner account " + pid + " exists.");
        }
        return PartnerAccountId.of(pid);
    }

    /** The Payment Request of the path; a value that cannot be one is 404. */
    private static PaymentRequestId paymentRequestId(Context ctx) {
        String id = ctx.pathParam("id");
        return PaymentRequestId.parse(id, "id").getOrElseThrow(rejection -> ProblemException.notFound(
                ProblemCodes.NOT_FOUND, "No payment request " + id + " exists."));
    }

    private static String clientScope(KlarnaClientId client) {
        return "client:" + client.value();
    }

    private static String acquirerScope(PartnerAccountId account) {
        return "acquirer:" + account.value();
    }
}
