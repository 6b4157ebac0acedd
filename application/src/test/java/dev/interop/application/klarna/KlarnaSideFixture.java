package dev.interop.application.klarna;

import dev.interop.application.inmemory.InMemoryCustomerSessionRepository;
import dev.interop.application.inmemory.InMemoryCustomerTokenRepository;
import dev.interop.application.inmemory.InMemoryDatabase;
import dev.interop.application.inmemory.InMemoryEventStore;
import dev.interop.application.inmemory.InMemoryPartnerRepository;
import dev.interop.application.inmemory.InMemoryPaymentRequestRepository;
import dev.interop.application.inmemory.InMemoryPaymentTransactionRepository;
import dev.interop.application.port.StoredEvent;
import dev.interop.application.port.in.ApprovePurchaseCommand;
import dev.interop.application.port.in.ApprovePurchaseUseCase;
import dev.interop.application.port.in.AuthorizePaymentCommand;
import dev.interop.application.port.in.AuthorizePaymentUseCase.Outcome;
import dev.interop.application.port.in.CreatePartnerCommand;
import dev.interop.application.port.in.ExchangeCustomerTokenCommand;
import dev.interop.application.port.in.ExchangeCustomerTokenUseCase;
import dev.interop.application.port.in.GetPaymentPresentationCommand;
import dev.interop.application.port.in.GetPaymentPresentationUseCase;
import dev.interop.application.port.in.SignInCommand;
import dev.interop.application.port.in.StartExpressCheckoutCommand;
import dev.interop.application.port.in.StartPrequalificationCommand;
import dev.interop.application.port.in.StartPrequalificationUseCase;
import dev.interop.application.port.in.StartPurchaseJourneyCommand;
import dev.interop.application.port.in.UseCaseError;
import dev.interop.application.port.out.CustomerSessionRepository;
import dev.interop.application.port.out.ShippingQuotesGateway;
import dev.interop.application.port.out.UnitOfWork;
import dev.interop.application.sandbox.SandboxCustomerRiskPolicy;
import dev.interop.application.sandbox.SandboxShippingQuotesGateway;
import dev.interop.application.service.AbortPurchaseJourneyService;
import dev.interop.application.service.ApprovePurchaseService;
import dev.interop.application.service.AuthenticatePartnerService;
import dev.interop.application.service.AuthorizePaymentService;
import dev.interop.application.service.CancelPaymentRequestService;
import dev.interop.application.service.ChangeShippingAddressService;
import dev.interop.application.service.CreatePartnerService;
import dev.interop.application.service.CreatePaymentRequestService;
import dev.interop.application.service.DeclinePurchaseService;
import dev.interop.application.service.ExchangeCustomerTokenService;
import dev.interop.application.service.GetPaymentPresentationService;
import dev.interop.application.service.GetPaymentRequestService;
import dev.interop.application.service.KlarnaSettings;
import dev.interop.application.service.SelectShippingOptionService;
import dev.interop.application.service.SignInService;
import dev.interop.application.service.StartExpressCheckoutService;
import dev.interop.application.service.StartPrequalificationService;
import dev.interop.application.service.StartPurchaseJourneyService;
import dev.interop.application.system.ManualClock;
import dev.interop.application.system.RandomIdGenerator;
import dev.interop.application.system.SecureTokenGenerator;
import dev.interop.domain.authorization.PaymentTransaction;
import dev.interop.domain.partner.IntegrationType;
import dev.interop.domain.partner.PartnerProfile;
import dev.interop.domain.paymentrequest.Intent;
import dev.interop.domain.paymentrequest.PaymentRequest;
import dev.interop.domain.paymentrequest.PaymentRequestId;
import dev.interop.domain.presentation.Market;
import dev.interop.domain.session.CustomerSession;
import dev.interop.domain.session.CustomerSessionId;
import dev.interop.domain.session.CustomerTokenScope;
import dev.interop.domain.shared.CurrencyCode;
import dev.interop.domain.shared.Money;
import dev.interop.domain.token.InteroperabilityToken;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * The Klarna side wired by hand on in-memory adapters, a manual clock, real secure tokens and the sandbox policies,
 * with short-hands for the steps the tests repeat. Test-only; the engine's real wiring lives elsewhere.
 */
final class KlarnaSideFixture {

    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    static final String RETURN_URL = "https://shop.example/return";

    final InMemoryDatabase db = new InMemoryDatabase();
    final ManualClock clock = new ManualClock(START);
    final RandomIdGenerator ids = new RandomIdGenerator();
    final SecureTokenGenerator secrets = new SecureTokenGenerator();
    final InMemoryPartnerRepository partners = new InMemoryPartnerRepository(db);
    final InMemoryCustomerSessionRepository sessions = new InMemoryCustomerSessionRepository(db);
    final InMemoryCustomerTokenRepository customerTokens = new InMemoryCustomerTokenRepository(db);
    final InMemoryPaymentRequestRepository requests = new InMemoryPaymentRequestRepository(db);
    final InMemoryPaymentTransactionRepository transactions = new InMemoryPaymentTransactionRepository(db);
    final InMemoryEventStore events = new InMemoryEventStore(db);
    final RecordingNotifier notifier = new RecordingNotifier();
    final SandboxCustomerRiskPolicy risk = new SandboxCustomerRiskPolicy();

    final CreatePartnerService createPartner;
    final AuthenticatePartnerService authenticatePartner;
    final StartPrequalificationService startPrequalification;
    final SignInService signIn;
    final ExchangeCustomerTokenService exchangeCustomerToken;
    final StartExpressCheckoutService startExpressCheckout;
    final StartPurchaseJourneyService startPurchaseJourney;
    final AbortPurchaseJourneyService abortPurchaseJourney;
    final DeclinePurchaseService declinePurchase;
    final ApprovePurchaseService approvePurchase;
    final ChangeShippingAddressService changeShippingAddress;
    final SelectShippingOptionService selectShippingOption;
    final GetPaymentPresentationService presentation;
    final AuthorizePaymentService authorizePayment;
    final CreatePaymentRequestService createPaymentRequest;
    final GetPaymentRequestService getPaymentRequest;
    final CancelPaymentRequestService cancelPaymentRequest;

    KlarnaSideFixture() {
        this(KlarnaSettings.DEFAULTS, new SandboxShippingQuotesGateway(), Market.DEFAULT);
    }

    KlarnaSideFixture(KlarnaSettings settings) {
        this(settings, new SandboxShippingQuotesGateway(), Market.DEFAULT);
    }

    KlarnaSideFixture(KlarnaSettings settings, ShippingQuotesGateway shipping, Market market) {
        this(settings, shipping, market, null, UnaryOperator.identity());
    }

    /**
     * With {@code unitOfWork} instead of the database's own serializing one (null: the database's), and the services
     * seeing the customer sessions through {@code sessionView} (a decorator, to stage races).
     */
    KlarnaSideFixture(KlarnaSettings settings, ShippingQuotesGateway shipping, Market market, UnitOfWork unitOfWork,
            UnaryOperator<CustomerSessionRepository> sessionView) {
        UnitOfWork uow = unitOfWork == null ? db : unitOfWork;
        CustomerSessionRepository sessions = sessionView.apply(this.sessions);
        createPartner = new CreatePartnerService(partners, ids, secrets, clock, events, uow);
        authenticatePartner = new AuthenticatePartnerService(partners);
        startPrequalification = new StartPrequalificationService(partners, sessions, risk, ids, secrets, clock,
                events, uow, settings);
        signIn = new SignInService(partners, customerTokens, ids, secrets, clock, uow);
        exchangeCustomerToken = new ExchangeCustomerTokenService(partners, customerTokens, sessions, ids, secrets,
                clock, events, uow, settings);
        startExpressCheckout = new StartExpressCheckoutService(partners, sessions, requests, ids, secrets, clock,
                events, uow, settings);
        startPurchaseJourney = new StartPurchaseJourneyService(partners, requests, clock, events, uow);
        abortPurchaseJourney = new AbortPurchaseJourneyService(partners, requests, clock, events, uow);
        declinePurchase = new DeclinePurchaseService(partners, requests, notifier, clock, events, uow);
        approvePurchase = new ApprovePurchaseService(partners, requests, sessions, risk, notifier, secrets, clock,
                events, uow);
        changeShippingAddress = new ChangeShippingAddressService(partners, requests, shipping, clock, events, uow);
        selectShippingOption = new SelectShippingOptionService(partners, requests, shipping, clock, events, uow);
        presentation = new GetPaymentPresentationService(partners, sessions, clock, events, uow, market);
        authorizePayment = new AuthorizePaymentService(partners, sessions, requests, transactions, risk, ids,
                secrets, clock, events, uow, settings);
        createPaymentRequest = new CreatePaymentRequestService(partners, sessions, requests, ids, secrets, clock,
                events, uow, settings);
        getPaymentRequest = new GetPaymentRequestService(partners, requests);
        cancelPaymentRequest = new CancelPaymentRequestService(partners, requests, notifier, clock, events, uow);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Short-hands

    static Money eur(long minorUnits) {
        return Money.of(minorUnits, "EUR");
    }

    static <T> T right(Either<UseCaseError, T> result) {
        if (result.isLeft()) {
            throw new AssertionError("expected success but got " + result.getLeft().code() + ": "
                    + result.getLeft().detail());
        }
        return result.get();
    }

    PartnerProfile partner(IntegrationType type, boolean dynamicShipping) {
        return right(createPartner.create(new CreatePartnerCommand("Shop " + ids.newId().substring(0, 8), type,
                dynamicShipping))).partner();
    }

    PartnerProfile hostedPartner() {
        return partner(IntegrationType.HOSTED_CHECKOUT, false);
    }

    PartnerProfile oneStepPartner() {
        return partner(IntegrationType.SERVER_SIDE_ONLY, true);
    }

    StartPrequalificationUseCase.Result prequalify(PartnerProfile partner, String email) {
        return right(startPrequalification.start(new StartPrequalificationCommand(partner.klarnaClientId(), email,
                Option.none(), CurrencyCode.of("EUR"))));
    }

    String customerToken(PartnerProfile partner, String email) {
        return right(signIn.signIn(new SignInCommand(partner.klarnaClientId(), email, Option.of("Ada"),
                Option.of("Lovelace"), HashSet.of(CustomerTokenScope.PAYMENT_CUSTOMER_PRESENT,
                        CustomerTokenScope.CUSTOMER_LOGIN)))).customerToken();
    }

    ExchangeCustomerTokenUseCase.Result signIn(PartnerProfile partner, String email) {
        return right(exchangeCustomerToken.exchange(new ExchangeCustomerTokenCommand(partner.klarnaClientId(),
                customerToken(partner, email))));
    }

    PaymentRequest express(PartnerProfile partner, Intent intent, long amount) {
        return right(startExpressCheckout.start(new StartExpressCheckoutCommand(partner.klarnaClientId(), intent,
                eur(amount), List.empty(), Option.of("order-1"))));
    }

    /** The customer enters the journey of {@code request} and approves it, as {@code email} if given. */
    ApprovePurchaseUseCase.Result enterAndApprove(PartnerProfile partner, PaymentRequestId request,
            Option<String> email) {
        right(startPurchaseJourney.start(new StartPurchaseJourneyCommand(partner.klarnaClientId(), request)));
        return right(approvePurchase.approve(new ApprovePurchaseCommand(partner.klarnaClientId(), request, email)));
    }

    /** A completed express checkout: the fresh token of an approved request of {@code intent}. */
    InteroperabilityToken approvedExpress(PartnerProfile partner, Intent intent, long amount) {
        PaymentRequest request = express(partner, intent, amount);
        return enterAndApprove(partner, request.id(), Option.none()).token().get();
    }

    Either<UseCaseError, Outcome> authorize(PartnerProfile partner, Option<InteroperabilityToken> token, long amount,
            boolean stepUp) {
        return authorizePayment.authorize(new AuthorizePaymentCommand(partner.klarnaAccountId(), token, eur(amount),
                "ap-ref-1", Option.none(), stepUp ? Option.of(RETURN_URL) : Option.none()));
    }

    Either<UseCaseError, GetPaymentPresentationUseCase.Result> present(PartnerProfile partner,
            Option<InteroperabilityToken> token, Money amount) {
        return presentation.present(new GetPaymentPresentationCommand(partner.klarnaAccountId(), amount,
                Option.none(), token));
    }

    CustomerSession session(CustomerSessionId id) {
        return sessions.findById(id).get();
    }

    CustomerSession session(String krn) {
        return session(CustomerSessionId.fromKrn(krn));
    }

    PaymentRequest request(PaymentRequestId id) {
        return requests.findById(id).get();
    }

    int sessionCount() {
        return db.<CustomerSessionId, CustomerSession>table("customer_sessions").rows().size();
    }

    int requestCount() {
        return db.<PaymentRequestId, PaymentRequest>table("payment_requests").rows().size();
    }

    List<PaymentTransaction> allTransactions() {
        return db.<String, PaymentTransaction>table("payment_transactions").rows().values().toList();
    }

    List<StoredEvent> timeline(String aggregateId) {
        return events.timeline(aggregateId);
    }
}
