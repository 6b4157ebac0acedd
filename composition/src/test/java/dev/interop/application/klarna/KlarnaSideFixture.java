package dev.interop.application.klarna;

import dev.interop.klarna.application.inmemory.InMemoryCustomerSessionRepository;
import dev.interop.klarna.application.inmemory.InMemoryPartnerAccountRepository;
import dev.interop.klarna.application.inmemory.InMemoryCustomerTokenRepository;
import dev.interop.shared.application.inmemory.InMemoryDatabase;
import dev.interop.shared.application.inmemory.InMemoryEventStore;
import dev.interop.klarna.application.inmemory.InMemoryPaymentRequestRepository;
import dev.interop.klarna.application.inmemory.InMemoryPaymentTransactionRepository;
import dev.interop.shared.application.port.StoredEvent;
import dev.interop.klarna.application.port.in.ApprovePurchaseCommand;
import dev.interop.klarna.application.port.in.ApprovePurchaseUseCase;
import dev.interop.klarna.application.port.in.AuthorizePaymentCommand;
import dev.interop.klarna.application.port.in.AuthorizePaymentUseCase.Outcome;
import dev.interop.klarna.application.port.in.ExchangeCustomerTokenCommand;
import dev.interop.klarna.application.port.in.ExchangeCustomerTokenUseCase;
import dev.interop.klarna.application.port.in.GetPaymentPresentationCommand;
import dev.interop.klarna.application.port.in.GetPaymentPresentationUseCase;
import dev.interop.klarna.application.port.in.OnboardPartnerCommand;
import dev.interop.klarna.application.port.in.SignInCommand;
import dev.interop.klarna.application.port.in.StartExpressCheckoutCommand;
import dev.interop.klarna.application.port.in.StartPrequalificationCommand;
import dev.interop.klarna.application.port.in.StartPrequalificationUseCase;
import dev.interop.klarna.application.port.in.StartPurchaseJourneyCommand;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.klarna.application.port.out.CustomerSessionRepository;
import dev.interop.klarna.application.port.out.ShippingQuotesGateway;
import dev.interop.shared.application.port.UnitOfWork;
import dev.interop.klarna.application.sandbox.SandboxCustomerRiskPolicy;
import dev.interop.klarna.application.sandbox.SandboxShippingQuotesGateway;
import dev.interop.klarna.application.service.AbortPurchaseJourneyService;
import dev.interop.klarna.application.service.ApprovePurchaseService;
import dev.interop.klarna.application.service.AuthorizePaymentService;
import dev.interop.klarna.application.service.CancelPaymentRequestService;
import dev.interop.klarna.application.service.ChangeShippingAddressService;
import dev.interop.klarna.application.service.CreatePaymentRequestService;
import dev.interop.klarna.application.service.DeclinePurchaseService;
import dev.interop.klarna.application.service.ExchangeCustomerTokenService;
import dev.interop.klarna.application.service.GetPaymentPresentationService;
import dev.interop.klarna.application.service.GetPaymentRequestService;
import dev.interop.klarna.application.service.KlarnaSettings;
import dev.interop.klarna.application.service.OnboardPartnerService;
import dev.interop.klarna.application.service.SelectShippingOptionService;
import dev.interop.klarna.application.service.SignInService;
import dev.interop.klarna.application.service.StartExpressCheckoutService;
import dev.interop.klarna.application.service.StartPrequalificationService;
import dev.interop.klarna.application.service.StartPurchaseJourneyService;
import dev.interop.shared.application.system.ManualClock;
import dev.interop.shared.application.system.RandomIdGenerator;
import dev.interop.shared.application.system.SecureTokenGenerator;
import dev.interop.klarna.domain.account.PartnerAccount;
import dev.interop.klarna.domain.authorization.PaymentTransaction;
import dev.interop.shared.network.IntegrationType;
import dev.interop.klarna.domain.paymentrequest.Intent;
import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;
import dev.interop.klarna.domain.presentation.Market;
import dev.interop.klarna.domain.session.CustomerSession;
import dev.interop.klarna.domain.session.CustomerSessionId;
import dev.interop.klarna.domain.session.CustomerTokenScope;
import dev.interop.shared.domain.CurrencyCode;
import dev.interop.shared.domain.Money;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * The Klarna side wired by hand on its own in-memory repositories (one {@link InMemoryDatabase}, which is also the unit
 * of work), a manual clock, real secure tokens and the sandbox policies, with short-hands for the steps the tests
 * repeat. Partners are onboarded through Klarna's own {@link OnboardPartnerService}: nothing of the Acquiring Partner's
 * side is wired here. Test-only; the engine's real wiring is {@code dev.interop.composition.KlarnaSide}.
 */
final class KlarnaSideFixture {

    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    static final String RETURN_URL = "https://shop.example/return";

    final InMemoryDatabase db = new InMemoryDatabase();
    final ManualClock clock = new ManualClock(START);
    final RandomIdGenerator ids = new RandomIdGenerator();
    final SecureTokenGenerator secrets = new SecureTokenGenerator();
    final InMemoryPartnerAccountRepository partnerAccounts = new InMemoryPartnerAccountRepository(db);
    final InMemoryCustomerSessionRepository sessions = new InMemoryCustomerSessionRepository(db);
    final InMemoryCustomerTokenRepository customerTokens = new InMemoryCustomerTokenRepository(db);
    final InMemoryPaymentRequestRepository requests = new InMemoryPaymentRequestRepository(db);
    final InMemoryPaymentTransactionRepository transactions = new InMemoryPaymentTransactionRepository(db);
    final InMemoryEventStore events = new InMemoryEventStore(db);
    final dev.interop.klarna.application.inmemory.InMemoryCompletionTokenVault completionTokens =
            new dev.interop.klarna.application.inmemory.InMemoryCompletionTokenVault(db);
    final RecordingNotifier notifier = new RecordingNotifier();
    final SandboxCustomerRiskPolicy risk = new SandboxCustomerRiskPolicy();

    final OnboardPartnerService onboardPartner;
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
        onboardPartner = new OnboardPartnerService(partnerAccounts, ids, clock, events, uow);
        startPrequalification = new StartPrequalificationService(partnerAccounts, sessions, risk, ids, secrets,
                clock, events, uow, settings);
        signIn = new SignInService(partnerAccounts, customerTokens, ids, secrets, clock, uow);
        exchangeCustomerToken = new ExchangeCustomerTokenService(partnerAccounts, customerTokens, sessions, ids,
                secrets, clock, events, uow, settings);
        startExpressCheckout = new StartExpressCheckoutService(partnerAccounts, sessions, requests, ids, secrets,
                clock, events, uow, settings);
        startPurchaseJourney = new StartPurchaseJourneyService(partnerAccounts, requests, clock, events, uow);
        abortPurchaseJourney = new AbortPurchaseJourneyService(partnerAccounts, requests, clock, events, uow);
        declinePurchase = new DeclinePurchaseService(partnerAccounts, requests, notifier, clock, events, uow);
        approvePurchase = new ApprovePurchaseService(partnerAccounts, requests, sessions, risk, notifier,
                completionTokens, secrets, clock, events, uow);
        changeShippingAddress = new ChangeShippingAddressService(partnerAccounts, requests, shipping, clock, events,
                uow);
        selectShippingOption = new SelectShippingOptionService(partnerAccounts, requests, shipping, clock, events,
                uow);
        presentation = new GetPaymentPresentationService(partnerAccounts, sessions, clock, events, uow, market);
        authorizePayment = new AuthorizePaymentService(partnerAccounts, sessions, requests, transactions, risk, ids,
                secrets, clock, events, uow, settings, market);
        createPaymentRequest = new CreatePaymentRequestService(partnerAccounts, sessions, requests, ids, secrets,
                clock, events, uow, settings);
        getPaymentRequest = new GetPaymentRequestService(partnerAccounts, requests, completionTokens, clock);
        cancelPaymentRequest = new CancelPaymentRequestService(partnerAccounts, requests, notifier, clock, events,
                uow);
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

    /** A Partner onboarded at Klarna under a fresh reference, as an Acquiring Partner would onboard it. */
    PartnerAccount partner(IntegrationType type, boolean dynamicShipping) {
        return right(onboardPartner.onboard(new OnboardPartnerCommand("ptr_" + ids.newId(),
                "Shop " + ids.newId().substring(0, 8), type, dynamicShipping)));
    }

    PartnerAccount hostedPartner() {
        return partner(IntegrationType.HOSTED_CHECKOUT, false);
    }

    PartnerAccount oneStepPartner() {
        return partner(IntegrationType.SERVER_SIDE_ONLY, true);
    }

    StartPrequalificationUseCase.Result prequalify(PartnerAccount partner, String email) {
        return right(startPrequalification.start(new StartPrequalificationCommand(partner.clientId(), email,
                Option.none(), CurrencyCode.of("EUR"))));
    }

    String customerToken(PartnerAccount partner, String email) {
        return right(signIn.signIn(new SignInCommand(partner.clientId(), email, Option.of("Ada"),
                Option.of("Lovelace"), HashSet.of(CustomerTokenScope.PAYMENT_CUSTOMER_PRESENT,
                        CustomerTokenScope.CUSTOMER_LOGIN)))).customerToken();
    }

    ExchangeCustomerTokenUseCase.Result signIn(PartnerAccount partner, String email) {
        return right(exchangeCustomerToken.exchange(new ExchangeCustomerTokenCommand(partner.clientId(),
                customerToken(partner, email))));
    }

    PaymentRequest express(PartnerAccount partner, Intent intent, long amount) {
        return right(startExpressCheckout.start(new StartExpressCheckoutCommand(partner.clientId(), intent,
                eur(amount), List.empty(), Option.of("order-1"))));
    }

    /** The customer enters the journey of {@code request} and approves it, as {@code email} if given. */
    ApprovePurchaseUseCase.Result enterAndApprove(PartnerAccount partner, PaymentRequestId request,
            Option<String> email) {
        right(startPurchaseJourney.start(new StartPurchaseJourneyCommand(partner.clientId(), request)));
        return right(approvePurchase.approve(new ApprovePurchaseCommand(partner.clientId(), request, email)));
    }

    /** A completed express checkout: the fresh token of an approved request of {@code intent}. */
    InteroperabilityToken approvedExpress(PartnerAccount partner, Intent intent, long amount) {
        PaymentRequest request = express(partner, intent, amount);
        return enterAndApprove(partner, request.id(), Option.none()).token().get();
    }

    Either<UseCaseError, Outcome> authorize(PartnerAccount partner, Option<InteroperabilityToken> token, long amount,
            boolean stepUp) {
        return authorizePayment.authorize(new AuthorizePaymentCommand(partner.id(), token, eur(amount),
                "ap-ref-1", Option.none(), stepUp ? Option.of(RETURN_URL) : Option.none()));
    }

    Either<UseCaseError, GetPaymentPresentationUseCase.Result> present(PartnerAccount partner,
            Option<InteroperabilityToken> token, Money amount) {
        return presentation.present(new GetPaymentPresentationCommand(partner.id(), amount,
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
