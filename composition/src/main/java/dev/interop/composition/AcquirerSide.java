package dev.interop.composition;

import dev.interop.acquirer.application.inmemory.InMemoryAcquirerStorage;
import dev.interop.acquirer.application.port.in.AcquirerApi;
import dev.interop.acquirer.application.port.in.AuthenticatePartnerUseCase;
import dev.interop.acquirer.application.port.in.CreateCheckoutSessionUseCase;
import dev.interop.acquirer.application.port.in.CreatePartnerUseCase;
import dev.interop.acquirer.application.port.in.ExpireDueUseCase;
import dev.interop.acquirer.application.port.in.GetCheckoutSessionUseCase;
import dev.interop.acquirer.application.port.in.GetPaymentMethodsUseCase;
import dev.interop.acquirer.application.port.in.GetPaymentUseCase;
import dev.interop.acquirer.application.port.in.GetTimelineUseCase;
import dev.interop.acquirer.application.port.in.HandlePaymentRequestUpdateUseCase;
import dev.interop.acquirer.application.port.in.ReconcilePaymentsUseCase;
import dev.interop.shared.application.port.RunIdempotentlyUseCase;
import dev.interop.acquirer.application.port.in.SubmitPaymentUseCase;
import dev.interop.acquirer.application.port.in.UpdateCheckoutSessionUseCase;
import dev.interop.acquirer.application.port.out.AcquirerStorage;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway;
import dev.interop.acquirer.application.port.out.SecretSealer;
import dev.interop.acquirer.application.service.AuthenticatePartnerService;
import dev.interop.acquirer.application.service.CreateCheckoutSessionService;
import dev.interop.acquirer.application.service.CreatePartnerService;
import dev.interop.acquirer.application.service.ExpireDueService;
import dev.interop.acquirer.application.service.GetCheckoutSessionService;
import dev.interop.acquirer.application.service.GetPaymentMethodsService;
import dev.interop.acquirer.application.service.GetPaymentService;
import dev.interop.acquirer.application.service.GetTimelineService;
import dev.interop.acquirer.application.service.HandlePaymentRequestUpdateService;
import dev.interop.acquirer.application.service.ReconcilePaymentsService;
import dev.interop.shared.application.service.RunIdempotentlyService;
import dev.interop.acquirer.application.service.SubmitPaymentService;
import dev.interop.acquirer.application.service.UpdateCheckoutSessionService;
import dev.interop.acquirer.application.system.AesGcmSecretSealer;
import dev.interop.acquirer.domain.checkout.CheckoutSession;
import dev.interop.acquirer.domain.payment.AmountDrift;
import dev.interop.acquirer.domain.presentation.PresentationPolicy;
import dev.interop.shared.application.port.Clock;
import dev.interop.shared.application.port.IdGenerator;
import dev.interop.shared.application.port.TokenGenerator;
import dev.interop.shared.application.system.RandomIdGenerator;
import dev.interop.shared.application.system.SecureTokenGenerator;
import dev.interop.shared.application.system.SystemClock;
import java.time.Duration;
import java.util.Objects;

/**
 * The Acquiring Partner's side wired by hand on its own storage: admin, the Partner API, and the handler of Klarna's
 * notifications. It reaches Klarna only through a {@link KlarnaNetworkGateway} (required): the HTTP client of
 * Klarna's API (or of the sandbox), or the in-process bridge. Nothing of Klarna's side needs to be on the class path.
 *
 * <pre>{@code
 * AcquirerSide ap = AcquirerSide.builder().withKlarna(gateway).withStorage(storage).build();
 * }</pre>
 */
public final class AcquirerSide implements AcquirerApi {

    private final AcquirerStorage storage;
    private final CreatePartnerUseCase createPartner;
    private final AuthenticatePartnerUseCase authenticatePartner;
    private final GetPaymentMethodsUseCase getPaymentMethods;
    private final CreateCheckoutSessionUseCase createCheckoutSession;
    private final GetCheckoutSessionUseCase getCheckoutSession;
    private final UpdateCheckoutSessionUseCase updateCheckoutSession;
    private final SubmitPaymentUseCase submitPayment;
    private final GetPaymentUseCase getPayment;
    private final GetTimelineUseCase getTimeline;
    private final HandlePaymentRequestUpdateUseCase handlePaymentRequestUpdate;
    private final ExpireDueUseCase expireDue;
    private final ReconcilePaymentsUseCase reconcilePayments;
    private final RunIdempotentlyUseCase runIdempotently;

    private AcquirerSide(Builder b) {
        AcquirerStorage s = b.storage != null ? b.storage : InMemoryAcquirerStorage.create();
        this.storage = s;
        KlarnaNetworkGateway klarna = Objects.requireNonNull(b.klarna, "an Acquiring Partner side needs a gateway");
        SecretSealer sealer = b.sealer != null ? b.sealer : AesGcmSecretSealer.withRandomKey();
        var uow = s.unitOfWork();
        var events = s.events();
        this.createPartner = new CreatePartnerService(s.partners(), klarna, b.ids, b.secrets, b.clock, events, uow);
        this.authenticatePartner = new AuthenticatePartnerService(s.partners());
        this.getPaymentMethods = new GetPaymentMethodsService(s.partners(), klarna, b.presentation);
        this.createCheckoutSession = new CreateCheckoutSessionService(s.partners(), s.checkoutSessions(), klarna,
                sealer, events, uow, b.clock, b.ids, b.checkoutSessionTtl);
        this.getCheckoutSession = new GetCheckoutSessionService(s.checkoutSessions());
        this.updateCheckoutSession = new UpdateCheckoutSessionService(s.partners(), s.checkoutSessions(), klarna,
                sealer, events, uow, b.clock);
        this.submitPayment = new SubmitPaymentService(s.partners(), s.checkoutSessions(), s.payments(), klarna,
                sealer, events, uow, b.clock, b.ids, b.finalizationTolerance);
        this.getPayment = new GetPaymentService(s.payments());
        this.getTimeline = new GetTimelineService(s.checkoutSessions(), s.payments(), events);
        this.handlePaymentRequestUpdate = new HandlePaymentRequestUpdateService(s.partners(), s.payments(),
                s.checkoutSessions(), s.notifications(), klarna, sealer, events, uow, b.clock);
        this.reconcilePayments = new ReconcilePaymentsService(s.partners(), s.payments(), s.checkoutSessions(),
                klarna, handlePaymentRequestUpdate, sealer, events, uow, b.clock);
        this.expireDue = new ExpireDueService(s.checkoutSessions(), s.idempotency(), events, uow, b.clock);
        this.runIdempotently = new RunIdempotentlyService(s.idempotency(), uow, b.clock);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The storage this side writes to. */
    public AcquirerStorage storage() {
        return storage;
    }

    @Override
    public CreatePartnerUseCase createPartner() {
        return createPartner;
    }

    @Override
    public AuthenticatePartnerUseCase authenticatePartner() {
        return authenticatePartner;
    }

    @Override
    public GetPaymentMethodsUseCase getPaymentMethods() {
        return getPaymentMethods;
    }

    @Override
    public CreateCheckoutSessionUseCase createCheckoutSession() {
        return createCheckoutSession;
    }

    @Override
    public GetCheckoutSessionUseCase getCheckoutSession() {
        return getCheckoutSession;
    }

    @Override
    public UpdateCheckoutSessionUseCase updateCheckoutSession() {
        return updateCheckoutSession;
    }

    @Override
    public SubmitPaymentUseCase submitPayment() {
        return submitPayment;
    }

    @Override
    public GetPaymentUseCase getPayment() {
        return getPayment;
    }

    @Override
    public GetTimelineUseCase getTimeline() {
        return getTimeline;
    }

    @Override
    public HandlePaymentRequestUpdateUseCase handlePaymentRequestUpdate() {
        return handlePaymentRequestUpdate;
    }

    @Override
    public ExpireDueUseCase expireDue() {
        return expireDue;
    }

    @Override
    public ReconcilePaymentsUseCase reconcilePayments() {
        return reconcilePayments;
    }

    @Override
    public RunIdempotentlyUseCase runIdempotently() {
        return runIdempotently;
    }

    /**
     * Configures an {@link AcquirerSide}. Only the gateway is required; defaults: system clock, random UUID ids, secure
     * 256-bit secrets, AES-GCM sealing with a key made at start (sealed tokens do not outlive the instance unless a
     * sealer with a kept key is given), in-memory storage, the default payment methods, 24 h checkout sessions and an
     * R10 tolerance of zero.
     */
    public static final class Builder {
        private Clock clock = new SystemClock();
        private IdGenerator ids = new RandomIdGenerator();
        private TokenGenerator secrets = new SecureTokenGenerator();
        private SecretSealer sealer;
        private AcquirerStorage storage;
        private KlarnaNetworkGateway klarna;
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

        public Builder withStorage(AcquirerStorage value) {
            this.storage = Objects.requireNonNull(value, "storage");
            return this;
        }

        /** How this side reaches Klarna. */
        public Builder withKlarna(KlarnaNetworkGateway value) {
            this.klarna = Objects.requireNonNull(value, "klarna");
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

        public AcquirerSide build() {
            return new AcquirerSide(this);
        }
    }
}
