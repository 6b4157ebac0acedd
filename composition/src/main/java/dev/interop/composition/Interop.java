package dev.interop.composition;

import dev.interop.acquirer.application.inmemory.InMemoryAcquirerStorage;
import dev.interop.acquirer.application.port.in.ExpireDueCommand;
import dev.interop.acquirer.application.port.out.AcquirerStorage;
import dev.interop.acquirer.application.port.out.SecretSealer;
import dev.interop.acquirer.domain.presentation.PresentationPolicy;
import dev.interop.composition.inprocess.InProcessKlarnaNetworkGateway;
import dev.interop.composition.inprocess.InProcessPaymentRequestNotifier;
import dev.interop.klarna.application.inmemory.InMemoryKlarnaStorage;
import dev.interop.klarna.application.port.out.CustomerRiskPolicy;
import dev.interop.klarna.application.port.out.KlarnaStorage;
import dev.interop.klarna.application.port.out.ShippingQuotesGateway;
import dev.interop.klarna.application.service.KlarnaSettings;
import dev.interop.klarna.domain.presentation.Market;
import dev.interop.shared.application.port.Clock;
import dev.interop.shared.application.port.IdGenerator;
import dev.interop.shared.application.port.TokenGenerator;
import java.time.Duration;
import java.util.Objects;
import dev.interop.acquirer.application.port.in.AuthenticatePartnerUseCase;
import dev.interop.acquirer.application.port.in.CreateCheckoutSessionUseCase;
import dev.interop.acquirer.application.port.in.CreatePartnerUseCase;
import dev.interop.acquirer.application.port.in.GetCheckoutSessionUseCase;
import dev.interop.acquirer.application.port.in.GetPaymentMethodsUseCase;
import dev.interop.acquirer.application.port.in.GetPaymentUseCase;
import dev.interop.acquirer.application.port.in.GetTimelineUseCase;
import dev.interop.acquirer.application.port.in.HandlePaymentRequestUpdateUseCase;
import dev.interop.shared.application.port.RunIdempotentlyUseCase;
import dev.interop.acquirer.application.port.in.SubmitPaymentUseCase;
import dev.interop.acquirer.application.port.in.UpdateCheckoutSessionUseCase;
import dev.interop.klarna.application.port.in.AbortPurchaseJourneyUseCase;
import dev.interop.klarna.application.port.in.ApprovePurchaseUseCase;
import dev.interop.klarna.application.port.in.AuthorizePaymentUseCase;
import dev.interop.klarna.application.port.in.CancelPaymentRequestUseCase;
import dev.interop.klarna.application.port.in.ChangeShippingAddressUseCase;
import dev.interop.klarna.application.port.in.CreatePaymentRequestUseCase;
import dev.interop.klarna.application.port.in.DeclinePurchaseUseCase;
import dev.interop.klarna.application.port.in.ExchangeCustomerTokenUseCase;
import dev.interop.klarna.application.port.in.GetPaymentPresentationUseCase;
import dev.interop.klarna.application.port.in.GetPaymentRequestUseCase;
import dev.interop.klarna.application.port.in.SelectShippingOptionUseCase;
import dev.interop.klarna.application.port.in.SignInUseCase;
import dev.interop.klarna.application.port.in.StartExpressCheckoutUseCase;
import dev.interop.klarna.application.port.in.StartPrequalificationUseCase;
import dev.interop.klarna.application.port.in.StartPurchaseJourneyUseCase;

/**
 * Both sides of the Klarna Network in one process: a {@link KlarnaSide} (the sandbox) and an {@link AcquirerSide},
 * each on its own storage and units of work, joined by the in-process bridge (a gateway calling Klarna's use cases,
 * a notifier calling the Acquiring Partner's handler). Every use case is a typed accessor; the instance is
 * thread-safe as long as its storages are.
 *
 * <pre>{@code
 * Interop interop = Interop.inMemory();
 * Interop custom = Interop.builder().withClock(clock).withRiskPolicy(risk).withStorage(ap, klarna).build();
 * }</pre>
 */
public final class Interop {

    private final KlarnaSide klarna;
    private final AcquirerSide acquirer;

    private Interop(Builder b) {
        // The two sides refer to each other: the notifier exists first and is bound to the AP handler below.
        InProcessPaymentRequestNotifier notifier = new InProcessPaymentRequestNotifier(b.klarnaStorage.unitOfWork());
        this.klarna = b.klarna.withNotifier(notifier).withStorage(b.klarnaStorage).build();
        this.acquirer = b.acquirer.withKlarna(new InProcessKlarnaNetworkGateway(klarna))
                .withStorage(b.acquirerStorage).build();
        notifier.bind(acquirer.handlePaymentRequestUpdate());
    }

    /** An engine with every default, storing in memory. */
    public static Interop inMemory() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Klarna's side: the sandbox's use cases and storage. */
    public KlarnaSide klarna() {
        return klarna;
    }

    /** The Acquiring Partner's side: its use cases and storage. */
    public AcquirerSide acquirer() {
        return acquirer;
    }

    public CreatePartnerUseCase createPartner() {
        return acquirer.createPartner();
    }

    public AuthenticatePartnerUseCase authenticatePartner() {
        return acquirer.authenticatePartner();
    }

    public StartPrequalificationUseCase startPrequalification() {
        return klarna.startPrequalification();
    }

    public SignInUseCase signIn() {
        return klarna.signIn();
    }

    public ExchangeCustomerTokenUseCase exchangeCustomerToken() {
        return klarna.exchangeCustomerToken();
    }

    public StartExpressCheckoutUseCase startExpressCheckout() {
        return klarna.startExpressCheckout();
    }

    public StartPurchaseJourneyUseCase startPurchaseJourney() {
        return klarna.startPurchaseJourney();
    }

    public AbortPurchaseJourneyUseCase abortPurchaseJourney() {
        return klarna.abortPurchaseJourney();
    }

    public DeclinePurchaseUseCase declinePurchase() {
        return klarna.declinePurchase();
    }

    public ApprovePurchaseUseCase approvePurchase() {
        return klarna.approvePurchase();
    }

    public ChangeShippingAddressUseCase changeShippingAddress() {
        return klarna.changeShippingAddress();
    }

    public SelectShippingOptionUseCase selectShippingOption() {
        return klarna.selectShippingOption();
    }

    public GetPaymentPresentationUseCase getPaymentPresentation() {
        return klarna.getPaymentPresentation();
    }

    public AuthorizePaymentUseCase authorizePayment() {
        return klarna.authorizePayment();
    }

    public CreatePaymentRequestUseCase createPaymentRequest() {
        return klarna.createPaymentRequest();
    }

    public GetPaymentRequestUseCase getPaymentRequest() {
        return klarna.getPaymentRequest();
    }

    public CancelPaymentRequestUseCase cancelPaymentRequest() {
        return klarna.cancelPaymentRequest();
    }

    public GetPaymentMethodsUseCase getPaymentMethods() {
        return acquirer.getPaymentMethods();
    }

    public CreateCheckoutSessionUseCase createCheckoutSession() {
        return acquirer.createCheckoutSession();
    }

    public GetCheckoutSessionUseCase getCheckoutSession() {
        return acquirer.getCheckoutSession();
    }

    public UpdateCheckoutSessionUseCase updateCheckoutSession() {
        return acquirer.updateCheckoutSession();
    }

    public SubmitPaymentUseCase submitPayment() {
        return acquirer.submitPayment();
    }

    public GetPaymentUseCase getPayment() {
        return acquirer.getPayment();
    }

    public GetTimelineUseCase getTimeline() {
        return acquirer.getTimeline();
    }

    public HandlePaymentRequestUpdateUseCase handlePaymentRequestUpdate() {
        return acquirer.handlePaymentRequestUpdate();
    }

    public RunIdempotentlyUseCase runIdempotently() {
        return acquirer.runIdempotently();
    }

    /** The reconciler of the Acquiring Partner's side (R17). */
    public dev.interop.acquirer.application.port.in.ReconcilePaymentsUseCase reconcilePayments() {
        return acquirer.reconcilePayments();
    }

    /** One sweep of both sides' due items. */
    public SweepResult expireDue(int batchSize) {
        var k = klarna.expireDue().expireDue(new dev.interop.klarna.application.port.in.ExpireDueCommand(batchSize));
        var a = acquirer.expireDue().expireDue(new ExpireDueCommand(batchSize));
        return new SweepResult(k.customerSessions(), k.paymentRequests(), a.checkoutSessions(), a.idempotencyKeys());
    }

    /** What one sweep of both sides expired or purged. */
    public record SweepResult(int customerSessions, int paymentRequests, int checkoutSessions, int idempotencyKeys) {
        public int total() {
            return customerSessions + paymentRequests + checkoutSessions + idempotencyKeys;
        }
    }

    /** Configures an {@link Interop}; every setting has a default, so {@code builder().build()} works. */
    public static final class Builder {
        private final KlarnaSide.Builder klarna = KlarnaSide.builder();
        private final AcquirerSide.Builder acquirer = AcquirerSide.builder();
        private AcquirerStorage acquirerStorage = InMemoryAcquirerStorage.create();
        private KlarnaStorage klarnaStorage = InMemoryKlarnaStorage.create();

        private Builder() {
        }

        /** The clock of both sides. */
        public Builder withClock(Clock value) {
            klarna.withClock(value);
            acquirer.withClock(value);
            return this;
        }

        /** The id source of both sides. */
        public Builder withIdGenerator(IdGenerator value) {
            klarna.withIdGenerator(value);
            acquirer.withIdGenerator(value);
            return this;
        }

        /** The secret source of both sides. */
        public Builder withTokenGenerator(TokenGenerator value) {
            klarna.withTokenGenerator(value);
            acquirer.withTokenGenerator(value);
            return this;
        }

        public Builder withSecretSealer(SecretSealer value) {
            acquirer.withSecretSealer(value);
            return this;
        }

        public Builder withRiskPolicy(CustomerRiskPolicy value) {
            klarna.withRiskPolicy(value);
            return this;
        }

        public Builder withShippingQuotes(ShippingQuotesGateway value) {
            klarna.withShippingQuotes(value);
            return this;
        }

        /** Each side's own storage. */
        public Builder withStorage(AcquirerStorage acquirerSide, KlarnaStorage klarnaSide) {
            this.acquirerStorage = Objects.requireNonNull(acquirerSide, "acquirerSide");
            this.klarnaStorage = Objects.requireNonNull(klarnaSide, "klarnaSide");
            return this;
        }

        public Builder withKlarnaSettings(KlarnaSettings value) {
            klarna.withSettings(value);
            return this;
        }

        public Builder withMarket(Market value) {
            klarna.withMarket(value);
            return this;
        }

        public Builder withPresentationPolicy(PresentationPolicy value) {
            acquirer.withPresentationPolicy(value);
            return this;
        }

        public Builder withCheckoutSessionTtl(Duration value) {
            acquirer.withCheckoutSessionTtl(value);
            return this;
        }

        public Builder withFinalizationTolerance(long minorUnits) {
            acquirer.withFinalizationTolerance(minorUnits);
            return this;
        }

        public Interop build() {
            return new Interop(this);
        }
    }
}
