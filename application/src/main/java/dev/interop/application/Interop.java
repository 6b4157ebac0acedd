package dev.interop.application;

import dev.interop.application.inmemory.InMemoryCheckoutSessionRepository;
import dev.interop.application.inmemory.InMemoryCustomerSessionRepository;
import dev.interop.application.inmemory.InMemoryCustomerTokenRepository;
import dev.interop.application.inmemory.InMemoryDatabase;
import dev.interop.application.inmemory.InMemoryEventStore;
import dev.interop.application.inmemory.InMemoryIdempotencyStore;
import dev.interop.application.inmemory.InMemoryPartnerRepository;
import dev.interop.application.inmemory.InMemoryPaymentRepository;
import dev.interop.application.inmemory.InMemoryPaymentRequestRepository;
import dev.interop.application.inmemory.InMemoryPaymentTransactionRepository;
import dev.interop.application.inprocess.InProcessKlarnaNetworkGateway;
import dev.interop.application.inprocess.InProcessPaymentRequestNotifier;
import dev.interop.application.port.in.AbortPurchaseJourneyUseCase;
import dev.interop.application.port.in.ApprovePurchaseUseCase;
import dev.interop.application.port.in.AuthenticatePartnerUseCase;
import dev.interop.application.port.in.AuthorizePaymentUseCase;
import dev.interop.application.port.in.CancelPaymentRequestUseCase;
import dev.interop.application.port.in.ChangeShippingAddressUseCase;
import dev.interop.application.port.in.CreateCheckoutSessionUseCase;
import dev.interop.application.port.in.CreatePartnerUseCase;
import dev.interop.application.port.in.CreatePaymentRequestUseCase;
import dev.interop.application.port.in.DeclinePurchaseUseCase;
import dev.interop.application.port.in.ExchangeCustomerTokenUseCase;
import dev.interop.application.port.in.ExpireDueUseCase;
import dev.interop.application.port.in.GetCheckoutSessionUseCase;
import dev.interop.application.port.in.GetPaymentMethodsUseCase;
import dev.interop.application.port.in.GetPaymentPresentationUseCase;
import dev.interop.application.port.in.GetPaymentRequestUseCase;
import dev.interop.application.port.in.GetPaymentUseCase;
import dev.interop.application.port.in.GetTimelineUseCase;
import dev.interop.application.port.in.HandlePaymentRequestUpdateUseCase;
import dev.interop.application.port.in.RunIdempotentlyUseCase;
import dev.interop.application.port.in.SelectShippingOptionUseCase;
import dev.interop.application.port.in.SignInUseCase;
import dev.interop.application.port.in.StartExpressCheckoutUseCase;
import dev.interop.application.port.in.StartPrequalificationUseCase;
import dev.interop.application.port.in.StartPurchaseJourneyUseCase;
import dev.interop.application.port.in.SubmitPaymentUseCase;
import dev.interop.application.port.in.UpdateCheckoutSessionUseCase;
import dev.interop.application.port.out.CheckoutSessionRepository;
import dev.interop.application.port.out.Clock;
import dev.interop.application.port.out.CustomerRiskPolicy;
import dev.interop.application.port.out.CustomerSessionRepository;
import dev.interop.application.port.out.CustomerTokenRepository;
import dev.interop.application.port.out.EventStore;
import dev.interop.application.port.out.IdGenerator;
import dev.interop.application.port.out.IdempotencyStore;
import dev.interop.application.port.out.KlarnaNetworkGateway;
import dev.interop.application.port.out.PartnerRepository;
import dev.interop.application.port.out.PaymentRepository;
import dev.interop.application.port.out.PaymentRequestRepository;
import dev.interop.application.port.out.PaymentTransactionRepository;
import dev.interop.application.port.out.SecretSealer;
import dev.interop.application.port.out.ShippingQuotesGateway;
import dev.interop.application.port.out.TokenGenerator;
import dev.interop.application.port.out.UnitOfWork;
import dev.interop.application.sandbox.SandboxCustomerRiskPolicy;
import dev.interop.application.sandbox.SandboxShippingQuotesGateway;
import dev.interop.application.service.AbortPurchaseJourneyService;
import dev.interop.application.service.ApprovePurchaseService;
import dev.interop.application.service.AuthenticatePartnerService;
import dev.interop.application.service.AuthorizePaymentService;
import dev.interop.application.service.CancelPaymentRequestService;
import dev.interop.application.service.ChangeShippingAddressService;
import dev.interop.application.service.CreateCheckoutSessionService;
import dev.interop.application.service.CreatePartnerService;
import dev.interop.application.service.CreatePaymentRequestService;
import dev.interop.application.service.DeclinePurchaseService;
import dev.interop.application.service.ExchangeCustomerTokenService;
import dev.interop.application.service.ExpireDueService;
import dev.interop.application.service.GetCheckoutSessionService;
import dev.interop.application.service.GetPaymentMethodsService;
import dev.interop.application.service.GetPaymentPresentationService;
import dev.interop.application.service.GetPaymentRequestService;
import dev.interop.application.service.GetPaymentService;
import dev.interop.application.service.GetTimelineService;
import dev.interop.application.service.HandlePaymentRequestUpdateService;
import dev.interop.application.service.KlarnaSettings;
import dev.interop.application.service.RunIdempotentlyService;
import dev.interop.application.service.SelectShippingOptionService;
import dev.interop.application.service.SignInService;
import dev.interop.application.service.StartExpressCheckoutService;
import dev.interop.application.service.StartPrequalificationService;
import dev.interop.application.service.StartPurchaseJourneyService;
import dev.interop.application.service.SubmitPaymentService;
import dev.interop.application.service.UpdateCheckoutSessionService;
import dev.interop.application.system.AesGcmSecretSealer;
import dev.interop.application.system.RandomIdGenerator;
import dev.interop.application.system.SecureTokenGenerator;
import dev.interop.application.system.SystemClock;
import dev.interop.domain.checkout.CheckoutSession;
import dev.interop.domain.payment.AmountDrift;
import dev.interop.domain.presentation.Market;
import dev.interop.domain.presentation.PresentationPolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * The whole engine, both sides of the Klarna Network in one process, wired by hand: the Klarna side (Boost features,
 * presentation, authorization, Payment Requests) and the Acquiring Partner side (payment methods, checkout sessions,
 * payments), joined by the in-process gateway and notifier. Every use case is a typed accessor; the instance is
 * thread-safe as long as its storage is.
 *
 * <pre>{@code
 * Interop interop = Interop.inMemory();
 * Interop custom = Interop.builder().withClock(clock).withRiskPolicy(risk).withStorage(storage).build();
 * }</pre>
 *
 * Defaults: system clock, random UUID ids, secure 256-bit secrets, AES-GCM sealing with a key made at start (sealed
 * tokens do not outlive the instance unless a sealer with a kept key is given), the sandbox risk policy and shipping
 * quotes, in-memory storage, Klarna's sandbox market, the default payment methods, 24 h checkout sessions, and an R10
 * tolerance of zero.
 */
public final class Interop {

    private final Storage storage;
    private final CreatePartnerUseCase createPartner;
    private final AuthenticatePartnerUseCase authenticatePartner;
    private final StartPrequalificationUseCase startPrequalification;
    private final SignInUseCase signIn;
    private final ExchangeCustomerTokenUseCase exchangeCustomerToken;
    private final StartExpressCheckoutUseCase startExpressCheckout;
    private final StartPurchaseJourneyUseCase startPurchaseJourney;
    private final AbortPurchaseJourneyUseCase abortPurchaseJourney;
    private final DeclinePurchaseUseCase declinePurchase;
    private final ApprovePurchaseUseCase approvePurchase;
    private final ChangeShippingAddressUseCase changeShippingAddress;
    private final SelectShippingOptionUseCase selectShippingOption;
    private final GetPaymentPresentationUseCase getPaymentPresentation;
    private final AuthorizePaymentUseCase authorizePayment;
    private final CreatePaymentRequestUseCase createPaymentRequest;
    private final GetPaymentRequestUseCase getPaymentRequest;
    private final CancelPaymentRequestUseCase cancelPaymentRequest;
    private final GetPaymentMethodsUseCase getPaymentMethods;
    private final CreateCheckoutSessionUseCase createCheckoutSession;
    private final GetCheckoutSessionUseCase getCheckoutSession;
    private final UpdateCheckoutSessionUseCase updateCheckoutSession;
    private final SubmitPaymentUseCase submitPayment;
    private final GetPaymentUseCase getPayment;
    private final GetTimelineUseCase getTimeline;
    private final HandlePaymentRequestUpdateUseCase handlePaymentRequestUpdate;
    private final ExpireDueUseCase expireDue;
    private final RunIdempotentlyUseCase runIdempotently;

    private Interop(Builder builder) {
        Storage s = builder.storage != null ? builder.storage : Storage.inMemory();
        this.storage = s;
        Clock clock = builder.clock;
        IdGenerator ids = builder.ids;
        TokenGenerator secrets = builder.secrets;
        SecretSealer sealer = builder.sealer != null ? builder.sealer : AesGcmSecretSealer.withRandomKey();
        CustomerRiskPolicy risk = builder.risk;
        KlarnaSettings settings = builder.klarnaSettings;
        UnitOfWork uow = s.unitOfWork();
        EventStore events = s.events();
        // The two sides refer to each other: the notifier exists first and is bound to the AP handler below.
        InProcessPaymentRequestNotifier notifier = new InProcessPaymentRequestNotifier();

        this.createPartner = new CreatePartnerService(s.partners(), ids, secrets, clock, events, uow);
        this.authenticatePartner = new AuthenticatePartnerService(s.partners());
        this.startPrequalification = new StartPrequalificationService(s.partners(), s.customerSessions(), risk, ids,
                secrets, clock, events, uow, settings);
        this.signIn = new SignInService(s.partners(), s.customerTokens(), ids, secrets, clock, uow);
        this.exchangeCustomerToken = new ExchangeCustomerTokenService(s.partners(), s.customerTokens(),
                s.customerSessions(), ids, secrets, clock, events, uow, settings);
        this.startExpressCheckout = new StartExpressCheckoutService(s.partners(), s.customerSessions(),
                s.paymentRequests(), ids, secrets, clock, events, uow, settings);
        this.startPurchaseJourney = new StartPurchaseJourneyService(s.partners(), s.paymentRequests(), clock, events,
                uow);
        this.abortPurchaseJourney = new AbortPurchaseJourneyService(s.partners(), s.paymentRequests(), clock, events,
                uow);
        this.declinePurchase = new DeclinePurchaseService(s.partners(), s.paymentRequests(), notifier, clock, events,
                uow);
        this.approvePurchase = new ApprovePurchaseService(s.partners(), s.paymentRequests(), s.customerSessions(),
                risk, notifier, secrets, clock, events, uow);
        this.changeShippingAddress = new ChangeShippingAddressService(s.partners(), s.paymentRequests(),
                builder.shipping, clock, events, uow);
        this.selectShippingOption = new SelectShippingOptionService(s.partners(), s.paymentRequests(),
                builder.shipping, clock, events, uow);
        this.getPaymentPresentation = new GetPaymentPresentationService(s.partners(), s.customerSessions(), clock,
                events, uow, builder.market);
        this.authorizePayment = new AuthorizePaymentService(s.partners(), s.customerSessions(), s.paymentRequests(),
                s.paymentTransactions(), risk, ids, secrets, clock, events, uow, settings, builder.market);
        this.createPaymentRequest = new CreatePaymentRequestService(s.partners(), s.customerSessions(),
                s.paymentRequests(), ids, secrets, clock, events, uow, settings);
        this.getPaymentRequest = new GetPaymentRequestService(s.partners(), s.paymentRequests());
        this.cancelPaymentRequest = new CancelPaymentRequestService(s.partners(), s.paymentRequests(), notifier,
                clock, events, uow);

        KlarnaNetworkGateway klarna = new InProcessKlarnaNetworkGateway(getPaymentPresentation, authorizePayment,
                cancelPaymentRequest);
        this.getPaymentMethods = new GetPaymentMethodsService(s.partners(), klarna, builder.presentation);
        this.createCheckoutSession = new CreateCheckoutSessionService(s.partners(), s.checkoutSessions(), klarna,
                sealer, events, uow, clock, ids, builder.checkoutSessionTtl);
        this.getCheckoutSession = new GetCheckoutSessionService(s.checkoutSessions());
        this.updateCheckoutSession = new UpdateCheckoutSessionService(s.partners(), s.checkoutSessions(), klarna,
                sealer, events, uow, clock);
        this.submitPayment = new SubmitPaymentService(s.partners(), s.checkoutSessions(), s.payments(), klarna,
                sealer, events, uow, clock, ids, builder.finalizationTolerance);
        this.getPayment = new GetPaymentService(s.payments());
        this.getTimeline = new GetTimelineService(s.checkoutSessions(), s.payments(), events);
        HandlePaymentRequestUpdateService handler = new HandlePaymentRequestUpdateService(s.partners(),
                s.payments(), s.checkoutSessions(), klarna, events, uow, clock);
        this.handlePaymentRequestUpdate = handler;
        notifier.bind(handler);
        this.expireDue = new ExpireDueService(s.customerSessions(), s.paymentRequests(), s.checkoutSessions(),
                s.partners(), s.idempotency(), notifier, events, uow, clock);
        this.runIdempotently = new RunIdempotentlyService(s.idempotency(), uow, clock);
    }

    /** An engine with every default, storing in memory. */
    public static Interop inMemory() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The storage this engine writes to. */
    public Storage storage() {
        return storage;
    }

    // Admin

    public CreatePartnerUseCase createPartner() {
        return createPartner;
    }

    public AuthenticatePartnerUseCase authenticatePartner() {
        return authenticatePartner;
    }

    // Klarna side: Boost features and the customer's actions

    public StartPrequalificationUseCase startPrequalification() {
        return startPrequalification;
    }

    public SignInUseCase signIn() {
        return signIn;
    }

    public ExchangeCustomerTokenUseCase exchangeCustomerToken() {
        return exchangeCustomerToken;
    }

    public StartExpressCheckoutUseCase startExpressCheckout() {
        return startExpressCheckout;
    }

    public StartPurchaseJourneyUseCase startPurchaseJourney() {
        return startPurchaseJourney;
    }

    public AbortPurchaseJourneyUseCase abortPurchaseJourney() {
        return abortPurchaseJourney;
    }

    public DeclinePurchaseUseCase declinePurchase() {
        return declinePurchase;
    }

    public ApprovePurchaseUseCase approvePurchase() {
        return approvePurchase;
    }

    public ChangeShippingAddressUseCase changeShippingAddress() {
        return changeShippingAddress;
    }

    public SelectShippingOptionUseCase selectShippingOption() {
        return selectShippingOption;
    }

    // Klarna side: the API the Acquiring Partner calls

    public GetPaymentPresentationUseCase getPaymentPresentation() {
        return getPaymentPresentation;
    }

    public AuthorizePaymentUseCase authorizePayment() {
        return authorizePayment;
    }

    public CreatePaymentRequestUseCase createPaymentRequest() {
        return createPaymentRequest;
    }

    public GetPaymentRequestUseCase getPaymentRequest() {
        return getPaymentRequest;
    }

    public CancelPaymentRequestUseCase cancelPaymentRequest() {
        return cancelPaymentRequest;
    }

    // Acquiring Partner side: the API the Partner calls

    public GetPaymentMethodsUseCase getPaymentMethods() {
        return getPaymentMethods;
    }

    public CreateCheckoutSessionUseCase createCheckoutSession() {
        return createCheckoutSession;
    }

    public GetCheckoutSessionUseCase getCheckoutSession() {
        return getCheckoutSession;
    }

    public UpdateCheckoutSessionUseCase updateCheckoutSession() {
        return updateCheckoutSession;
    }

    public SubmitPaymentUseCase submitPayment() {
        return submitPayment;
    }

    public GetPaymentUseCase getPayment() {
        return getPayment;
    }

    public GetTimelineUseCase getTimeline() {
        return getTimeline;
    }

    /** Klarna's notifications reach this handler in process already; exposed for a remote notification adapter. */
    public HandlePaymentRequestUpdateUseCase handlePaymentRequestUpdate() {
        return handlePaymentRequestUpdate;
    }

    // Operations

    public ExpireDueUseCase expireDue() {
        return expireDue;
    }

    public RunIdempotentlyUseCase runIdempotently() {
        return runIdempotently;
    }

    /**
     * Everything the engine stores, in one bundle so an embedder (or the bootstrap's JDBC wiring) passes its own.
     * Invariant: every part present, and all of them join the same {@link #unitOfWork}.
     */
    public record Storage(PartnerRepository partners, CustomerSessionRepository customerSessions,
            CustomerTokenRepository customerTokens, PaymentRequestRepository paymentRequests,
            PaymentTransactionRepository paymentTransactions, CheckoutSessionRepository checkoutSessions,
            PaymentRepository payments, EventStore events, IdempotencyStore idempotency, UnitOfWork unitOfWork) {

        public Storage {
            Objects.requireNonNull(partners, "partners");
            Objects.requireNonNull(customerSessions, "customerSessions");
            Objects.requireNonNull(customerTokens, "customerTokens");
            Objects.requireNonNull(paymentRequests, "paymentRequests");
            Objects.requireNonNull(paymentTransactions, "paymentTransactions");
            Objects.requireNonNull(checkoutSessions, "checkoutSessions");
            Objects.requireNonNull(payments, "payments");
            Objects.requireNonNull(events, "events");
            Objects.requireNonNull(idempotency, "idempotency");
            Objects.requireNonNull(unitOfWork, "unitOfWork");
        }

        /** Fresh in-memory storage. */
        public static Storage inMemory() {
            return inMemory(new InMemoryDatabase());
        }

        /** In-memory storage on {@code db}, which is also the unit of work. */
        public static Storage inMemory(InMemoryDatabase db) {
            return new Storage(new InMemoryPartnerRepository(db), new InMemoryCustomerSessionRepository(db),
                    new InMemoryCustomerTokenRepository(db), new InMemoryPaymentRequestRepository(db),
                    new InMemoryPaymentTransactionRepository(db), new InMemoryCheckoutSessionRepository(db),
                    new InMemoryPaymentRepository(db), new InMemoryEventStore(db), new InMemoryIdempotencyStore(db),
                    db);
        }
    }

    /** Configures an {@link Interop}; every setting has a default, so {@code builder().build()} works. */
    public static final class Builder {
        private Clock clock = new SystemClock();
        private IdGenerator ids = new RandomIdGenerator();
        private TokenGenerator secrets = new SecureTokenGenerator();
        private SecretSealer sealer;
        private CustomerRiskPolicy risk = new SandboxCustomerRiskPolicy();
        private ShippingQuotesGateway shipping = new SandboxShippingQuotesGateway();
        private Storage storage;
        private KlarnaSettings klarnaSettings = KlarnaSettings.DEFAULTS;
        private Market market = Market.DEFAULT;
        private PresentationPolicy presentation = PresentationPolicy.withDefaultMethods();
        private Duration checkoutSessionTtl = CheckoutSession.DEFAULT_TTL;
        private long finalizationTolerance = AmountDrift.DEFAULT_TOLERANCE;

        private Builder() {
        }

        public Builder withClock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        public Builder withIdGenerator(IdGenerator value) {
            this.ids = Objects.requireNonNull(value, "ids");
            return this;
        }

        public Builder withTokenGenerator(TokenGenerator value) {
            this.secrets = Objects.requireNonNull(value, "secrets");
            return this;
        }

        /** How the Acquiring Partner seals the tokens it keeps; use one with a kept key for durable storage. */
        public Builder withSecretSealer(SecretSealer value) {
            this.sealer = Objects.requireNonNull(value, "sealer");
            return this;
        }

        /** How Klarna judges customers (the sandbox's e-mail conventions by default). */
        public Builder withRiskPolicy(CustomerRiskPolicy value) {
            this.risk = Objects.requireNonNull(value, "risk");
            return this;
        }

        /** The Partner's answers to express-checkout shipping changes (the sandbox's quotes by default). */
        public Builder withShippingQuotes(ShippingQuotesGateway value) {
            this.shipping = Objects.requireNonNull(value, "shipping");
            return this;
        }

        public Builder withStorage(Storage value) {
            this.storage = Objects.requireNonNull(value, "storage");
            return this;
        }

        /** Klarna's session and Payment Request lifetimes and its R10 tolerance. */
        public Builder withKlarnaSettings(KlarnaSettings value) {
            this.klarnaSettings = Objects.requireNonNull(value, "klarnaSettings");
            return this;
        }

        /** The currencies Klarna serves (R4: others are HIDE_KLARNA). */
        public Builder withMarket(Market value) {
            this.market = Objects.requireNonNull(value, "market");
            return this;
        }

        /** The Acquiring Partner's payment methods and their order. */
        public Builder withPresentationPolicy(PresentationPolicy value) {
            this.presentation = Objects.requireNonNull(value, "presentation");
            return this;
        }

        public Builder withCheckoutSessionTtl(Duration value) {
            this.checkoutSessionTtl = Objects.requireNonNull(value, "checkoutSessionTtl");
            return this;
        }

        /** The Acquiring Partner's own R10 tolerance, in minor units, when Klarna tells it the approved amount. */
        public Builder withFinalizationTolerance(long minorUnits) {
            if (minorUnits < 0) {
                throw new IllegalArgumentException("a tolerance is never negative");
            }
            this.finalizationTolerance = minorUnits;
            return this;
        }

        public Interop build() {
            return new Interop(this);
        }
    }
}
