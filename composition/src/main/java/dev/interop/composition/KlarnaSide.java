package dev.interop.composition;

import dev.interop.klarna.application.inmemory.InMemoryKlarnaStorage;
import dev.interop.klarna.application.port.in.AbortPurchaseJourneyUseCase;
import dev.interop.klarna.application.port.in.ApprovePurchaseUseCase;
import dev.interop.klarna.application.port.in.AuthorizePaymentUseCase;
import dev.interop.klarna.application.port.in.CancelPaymentRequestUseCase;
import dev.interop.klarna.application.port.in.ChangeShippingAddressUseCase;
import dev.interop.klarna.application.port.in.CreatePaymentRequestUseCase;
import dev.interop.klarna.application.port.in.DeclinePurchaseUseCase;
import dev.interop.klarna.application.port.in.ExchangeCustomerTokenUseCase;
import dev.interop.klarna.application.port.in.ExpireDueUseCase;
import dev.interop.klarna.application.port.in.GetPaymentPresentationUseCase;
import dev.interop.klarna.application.port.in.GetPaymentRequestUseCase;
import dev.interop.klarna.application.port.in.KlarnaApi;
import dev.interop.klarna.application.port.in.OnboardPartnerUseCase;
import dev.interop.klarna.application.port.in.SelectShippingOptionUseCase;
import dev.interop.klarna.application.port.in.SignInUseCase;
import dev.interop.klarna.application.port.in.StartExpressCheckoutUseCase;
import dev.interop.klarna.application.port.in.StartPrequalificationUseCase;
import dev.interop.klarna.application.port.in.StartPurchaseJourneyUseCase;
import dev.interop.klarna.application.port.out.CustomerRiskPolicy;
import dev.interop.klarna.application.port.out.KlarnaStorage;
import dev.interop.klarna.application.port.out.PaymentRequestNotifier;
import dev.interop.klarna.application.port.out.ShippingQuotesGateway;
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
import dev.interop.klarna.application.service.ExpireDueService;
import dev.interop.klarna.application.service.GetPaymentPresentationService;
import dev.interop.klarna.application.service.GetPaymentRequestService;
import dev.interop.klarna.application.service.KlarnaSettings;
import dev.interop.klarna.application.service.OnboardPartnerService;
import dev.interop.klarna.application.service.SelectShippingOptionService;
import dev.interop.klarna.application.service.SignInService;
import dev.interop.klarna.application.service.StartExpressCheckoutService;
import dev.interop.klarna.application.service.StartPrequalificationService;
import dev.interop.klarna.application.service.StartPurchaseJourneyService;
import dev.interop.klarna.application.port.in.DeleteWebhookUseCase;
import dev.interop.klarna.application.port.in.DeliverNotificationsUseCase;
import dev.interop.klarna.application.port.in.ListWebhooksUseCase;
import dev.interop.klarna.application.port.in.RegisterWebhookUseCase;
import dev.interop.klarna.application.port.in.RotateSigningKeyUseCase;
import dev.interop.klarna.application.port.out.NotificationSender;
import dev.interop.klarna.application.service.DeleteWebhookService;
import dev.interop.klarna.application.service.DeliverNotificationsService;
import dev.interop.klarna.application.service.ListWebhooksService;
import dev.interop.klarna.application.service.OutboxPaymentRequestNotifier;
import dev.interop.klarna.application.service.RegisterWebhookService;
import dev.interop.klarna.application.service.RotateSigningKeyService;
import dev.interop.klarna.domain.presentation.Market;
import dev.interop.shared.application.port.Clock;
import dev.interop.shared.application.port.IdGenerator;
import dev.interop.shared.application.port.RunIdempotentlyUseCase;
import dev.interop.shared.application.port.TokenGenerator;
import dev.interop.shared.application.service.RunIdempotentlyService;
import dev.interop.shared.application.system.RandomIdGenerator;
import dev.interop.shared.application.system.SecureTokenGenerator;
import dev.interop.shared.application.system.SystemClock;
import java.util.Objects;

/**
 * Klarna's side (the sandbox) wired by hand on its own storage: Boost features, the customer's actions, and the
 * AP-facing API. It reaches the Acquiring Partner only through its {@link PaymentRequestNotifier}: in one process
 * the composition's in-process bridge, across processes the notification outbox posting signed HTTP notifications.
 * Thread-safe as long as its storage is.
 *
 * <pre>{@code
 * KlarnaSide klarna = KlarnaSide.builder().withStorage(storage).withNotifier(notifier).build();
 * }</pre>
 */
public final class KlarnaSide implements KlarnaApi {

    private final KlarnaStorage storage;
    private final OnboardPartnerUseCase onboardPartner;
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
    private final ExpireDueUseCase expireDue;
    private final RunIdempotentlyUseCase runIdempotently;
    private final RegisterWebhookUseCase registerWebhook;
    private final ListWebhooksUseCase listWebhooks;
    private final DeleteWebhookUseCase deleteWebhook;
    private final RotateSigningKeyUseCase rotateSigningKey;
    private final DeliverNotificationsUseCase deliverNotifications;

    private KlarnaSide(Builder b) {
        KlarnaStorage s = b.storage != null ? b.storage : InMemoryKlarnaStorage.create();
        this.storage = s;
        if ((b.notifier == null) == (b.sender == null)) {
            throw new IllegalStateException("a Klarna side needs either a notifier (in process) or a notification"
                    + " sender (through its outbox), not both");
        }
        PaymentRequestNotifier notifier = b.notifier != null ? b.notifier
                : new OutboxPaymentRequestNotifier(s.webhooks(), s.notificationOutbox(), s.paymentRequests(), b.ids);
        NotificationSender sender = b.sender != null ? b.sender
                : outgoing -> new NotificationSender.Result.Failed("notifications are delivered in process here");
        var uow = s.unitOfWork();
        var events = s.events();
        var accounts = s.partnerAccounts();
        this.onboardPartner = new OnboardPartnerService(accounts, b.ids, b.clock, events, uow);
        this.startPrequalification = new StartPrequalificationService(accounts, s.customerSessions(), b.risk, b.ids,
                b.secrets, b.clock, events, uow, b.settings);
        this.signIn = new SignInService(accounts, s.customerTokens(), b.ids, b.secrets, b.clock, uow);
        this.exchangeCustomerToken = new ExchangeCustomerTokenService(accounts, s.customerTokens(),
                s.customerSessions(), b.ids, b.secrets, b.clock, events, uow, b.settings);
        this.startExpressCheckout = new StartExpressCheckoutService(accounts, s.customerSessions(),
                s.paymentRequests(), b.ids, b.secrets, b.clock, events, uow, b.settings);
        this.startPurchaseJourney = new StartPurchaseJourneyService(accounts, s.paymentRequests(), b.clock, events,
                uow);
        this.abortPurchaseJourney = new AbortPurchaseJourneyService(accounts, s.paymentRequests(), b.clock, events,
                uow);
        this.declinePurchase = new DeclinePurchaseService(accounts, s.paymentRequests(), notifier, b.clock, events,
                uow);
        this.approvePurchase = new ApprovePurchaseService(accounts, s.paymentRequests(), s.customerSessions(),
                b.risk, notifier, s.completionTokens(), b.secrets, b.clock, events, uow);
        this.changeShippingAddress = new ChangeShippingAddressService(accounts, s.paymentRequests(), b.shipping,
                b.clock, events, uow);
        this.selectShippingOption = new SelectShippingOptionService(accounts, s.paymentRequests(), b.shipping,
                b.clock, events, uow);
        this.getPaymentPresentation = new GetPaymentPresentationService(accounts, s.customerSessions(), b.clock,
                events, uow, b.market);
        this.authorizePayment = new AuthorizePaymentService(accounts, s.customerSessions(), s.paymentRequests(),
                s.paymentTransactions(), b.risk, b.ids, b.secrets, b.clock, events, uow, b.settings, b.market);
        this.createPaymentRequest = new CreatePaymentRequestService(accounts, s.customerSessions(),
                s.paymentRequests(), b.ids, b.secrets, b.clock, events, uow, b.settings);
        this.getPaymentRequest = new GetPaymentRequestService(accounts, s.paymentRequests(), s.completionTokens(),
                b.clock);
        this.cancelPaymentRequest = new CancelPaymentRequestService(accounts, s.paymentRequests(), notifier,
                b.clock, events, uow);
        this.expireDue = new ExpireDueService(s.customerSessions(), s.paymentRequests(), notifier, events, uow,
                b.clock);
        this.runIdempotently = new RunIdempotentlyService(s.idempotency(), uow, b.clock);
        this.registerWebhook = new RegisterWebhookService(s.webhooks(), b.ids, b.secrets, b.clock, uow);
        this.listWebhooks = new ListWebhooksService(s.webhooks());
        this.deleteWebhook = new DeleteWebhookService(s.webhooks(), uow);
        this.rotateSigningKey = new RotateSigningKeyService(s.webhooks(), b.ids, b.secrets, b.clock, uow);
        this.deliverNotifications = new DeliverNotificationsService(s.notificationOutbox(), s.webhooks(), sender,
                b.clock);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The storage this side writes to. */
    public KlarnaStorage storage() {
        return storage;
    }

    @Override
    public OnboardPartnerUseCase onboardPartner() {
        return onboardPartner;
    }

    @Override
    public StartPrequalificationUseCase startPrequalification() {
        return startPrequalification;
    }

    @Override
    public SignInUseCase signIn() {
        return signIn;
    }

    @Override
    public ExchangeCustomerTokenUseCase exchangeCustomerToken() {
        return exchangeCustomerToken;
    }

    @Override
    public StartExpressCheckoutUseCase startExpressCheckout() {
        return startExpressCheckout;
    }

    @Override
    public StartPurchaseJourneyUseCase startPurchaseJourney() {
        return startPurchaseJourney;
    }

    @Override
    public AbortPurchaseJourneyUseCase abortPurchaseJourney() {
        return abortPurchaseJourney;
    }

    @Override
    public DeclinePurchaseUseCase declinePurchase() {
        return declinePurchase;
    }

    @Override
    public ApprovePurchaseUseCase approvePurchase() {
        return approvePurchase;
    }

    @Override
    public ChangeShippingAddressUseCase changeShippingAddress() {
        return changeShippingAddress;
    }

    @Override
    public SelectShippingOptionUseCase selectShippingOption() {
        return selectShippingOption;
    }

    @Override
    public GetPaymentPresentationUseCase getPaymentPresentation() {
        return getPaymentPresentation;
    }

    @Override
    public AuthorizePaymentUseCase authorizePayment() {
        return authorizePayment;
    }

    @Override
    public CreatePaymentRequestUseCase createPaymentRequest() {
        return createPaymentRequest;
    }

    @Override
    public GetPaymentRequestUseCase getPaymentRequest() {
        return getPaymentRequest;
    }

    @Override
    public CancelPaymentRequestUseCase cancelPaymentRequest() {
        return cancelPaymentRequest;
    }

    @Override
    public ExpireDueUseCase expireDue() {
        return expireDue;
    }

    @Override
    public RunIdempotentlyUseCase runIdempotently() {
        return runIdempotently;
    }

    @Override
    public RegisterWebhookUseCase registerWebhook() {
        return registerWebhook;
    }

    @Override
    public ListWebhooksUseCase listWebhooks() {
        return listWebhooks;
    }

    @Override
    public DeleteWebhookUseCase deleteWebhook() {
        return deleteWebhook;
    }

    @Override
    public RotateSigningKeyUseCase rotateSigningKey() {
        return rotateSigningKey;
    }

    @Override
    public DeliverNotificationsUseCase deliverNotifications() {
        return deliverNotifications;
    }

    /**
     * Configures a {@link KlarnaSide}. Either a notifier or a notification sender is required; defaults: system
     * clock, random UUID ids, secure 256-bit secrets, the sandbox risk policy and shipping quotes, in-memory
     * storage, Klarna's sandbox market and lifetimes.
     */
    public static final class Builder {
        private Clock clock = new SystemClock();
        private IdGenerator ids = new RandomIdGenerator();
        private TokenGenerator secrets = new SecureTokenGenerator();
        private CustomerRiskPolicy risk = new SandboxCustomerRiskPolicy();
        private ShippingQuotesGateway shipping = new SandboxShippingQuotesGateway();
        private KlarnaStorage storage;
        private PaymentRequestNotifier notifier;
        private NotificationSender sender;
        private KlarnaSettings settings = KlarnaSettings.DEFAULTS;
        private Market market = Market.DEFAULT;

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

        public Builder withStorage(KlarnaStorage value) {
            this.storage = Objects.requireNonNull(value, "storage");
            return this;
        }

        /** Where Klarna's Payment Request notifications go, at once (the in-process bridge). */
        public Builder withNotifier(PaymentRequestNotifier value) {
            this.notifier = Objects.requireNonNull(value, "notifier");
            return this;
        }

        /**
         * Notifications through the transactional outbox instead (R19): written with each state change to every
         * registered webhook, and posted by {@link #deliverNotifications()} with {@code value} (signed HTTP).
         */
        public Builder withNotificationSender(NotificationSender value) {
            this.sender = Objects.requireNonNull(value, "sender");
            return this;
        }

        /** Klarna's session and Payment Request lifetimes and its R10 tolerance. */
        public Builder withSettings(KlarnaSettings value) {
            this.settings = Objects.requireNonNull(value, "settings");
            return this;
        }

        /** The currencies Klarna serves (R4: others are HIDE_KLARNA). */
        public Builder withMarket(Market value) {
            this.market = Objects.requireNonNull(value, "market");
            return this;
        }

        public KlarnaSide build() {
            return new KlarnaSide(this);
        }
    }
}
