package dev.interop.application.journeys;

import dev.interop.acquirer.application.inmemory.InMemoryAcquirerStorage;
import dev.interop.composition.Interop;
import dev.interop.klarna.application.inmemory.InMemoryKlarnaStorage;
import dev.interop.shared.application.inmemory.InMemoryDatabase;
import dev.interop.shared.application.port.StoredEvent;
import dev.interop.klarna.application.port.in.ApprovePurchaseCommand;
import dev.interop.acquirer.application.port.in.CheckoutSessionView;
import dev.interop.acquirer.application.port.in.CreateCheckoutSessionCommand;
import dev.interop.acquirer.application.port.in.CreatePartnerCommand;
import dev.interop.klarna.application.port.in.ExchangeCustomerTokenCommand;
import dev.interop.acquirer.application.port.in.GetPaymentCommand;
import dev.interop.acquirer.application.port.in.GetPaymentMethodsCommand;
import dev.interop.acquirer.application.port.in.GetPaymentMethodsUseCase;
import dev.interop.acquirer.application.port.in.GetTimelineCommand;
import dev.interop.klarna.application.port.in.SignInCommand;
import dev.interop.klarna.application.port.in.StartExpressCheckoutCommand;
import dev.interop.klarna.application.port.in.StartPrequalificationCommand;
import dev.interop.klarna.application.port.in.StartPurchaseJourneyCommand;
import dev.interop.acquirer.application.port.in.SubmitPaymentCommand;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.klarna.application.port.out.CustomerRiskPolicy;
import dev.interop.shared.application.system.ManualClock;
import dev.interop.acquirer.domain.checkout.CheckoutSession;
import dev.interop.acquirer.domain.checkout.CheckoutSessionId;
import dev.interop.shared.network.IntegrationType;
import dev.interop.acquirer.domain.partner.PartnerProfile;
import dev.interop.acquirer.domain.payment.Payment;
import dev.interop.acquirer.domain.payment.PaymentState;
import dev.interop.klarna.domain.authorization.PaymentTransaction;
import dev.interop.klarna.domain.paymentrequest.Intent;
import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;
import dev.interop.klarna.domain.session.CustomerTokenScope;
import dev.interop.shared.domain.LineItem;
import dev.interop.shared.domain.Money;
import dev.interop.shared.token.InteroperabilityData;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * The real in-memory engine with a manual clock, and the few steps a Partner and its customer take, each through a
 * use case only. A test drives both sides as the sandbox does: the customer's Boost actions on Klarna's side, the
 * Partner's calls to the Acquiring Partner.
 */
public final class Sandbox {

    public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    public static final String RETURN_URL = "https://shop.example/return";
    public static final InteroperabilityData DATA = new InteroperabilityData(
            "{\"content_type\":\"application/vnd.klarna.interoperability-data.v2+json\","
                    + "\"content\":{\"operation\":\"payment_request\",\"reference\":\"order-1\"}}");

    public final ManualClock clock = new ManualClock(T0);
    /** The Acquiring Partner's storage behind the engine, read only to check what was (not) persisted. */
    public final InMemoryDatabase acquirerDb = new InMemoryDatabase();
    /** Klarna's storage behind the engine (a database of its own), read only to check what was (not) persisted. */
    public final InMemoryDatabase klarnaDb = new InMemoryDatabase();
    public final Interop interop;

    public Sandbox() {
        this(builder -> builder);
    }

    public Sandbox(UnaryOperator<Interop.Builder> configure) {
        this.interop = configure.apply(Interop.builder().withClock(clock).withStorage(
                InMemoryAcquirerStorage.on(acquirerDb), InMemoryKlarnaStorage.on(klarnaDb))).build();
    }

    /**
     * How many rows a table of either side's in-memory storage holds (e.g. the Acquiring Partner's {@code payments},
     * Klarna's {@code payment_transactions}); a table both sides have (such as {@code idempotency_keys}) counts both.
     */
    public int rows(String table) {
        return acquirerDb.table(table).rows().size() + klarnaDb.table(table).rows().size();
    }

    /** Every aggregate's timeline as stored, by aggregate id, of both sides. */
    public io.vavr.collection.Map<String, List<StoredEvent>> timelines() {
        io.vavr.collection.Map<String, List<StoredEvent>> acquirers = acquirerDb.<String, List<StoredEvent>>table(
                "events").rows();
        io.vavr.collection.Map<String, List<StoredEvent>> klarnas = klarnaDb.<String, List<StoredEvent>>table(
                "events").rows();
        if (acquirers.keySet().exists(klarnas::containsKey)) {
            throw new AssertionError("an aggregate id has a timeline on both sides");
        }
        return acquirers.merge(klarnas);
    }

    /** Every payment the Acquiring Partner stored. */
    public List<Payment> storedPayments() {
        return acquirerDb.<Object, Payment>table("payments").rows().values().toList();
    }

    /** Every payment transaction Klarna stored. */
    public List<PaymentTransaction> storedTransactions() {
        return klarnaDb.<String, PaymentTransaction>table("payment_transactions").rows().values().toList();
    }

    /** Every checkout session the Acquiring Partner stored. */
    public List<CheckoutSession> storedCheckoutSessions() {
        return acquirerDb.<Object, CheckoutSession>table("checkout_sessions").rows().values().toList();
    }

    /** A sandbox whose Klarna judges customers with {@code risk}. */
    public static Sandbox withRiskPolicy(CustomerRiskPolicy risk) {
        return new Sandbox(builder -> builder.withRiskPolicy(risk));
    }

    public static Money eur(long minorUnits) {
        return Money.of(minorUnits, "EUR");
    }

    public static List<LineItem> items(long goods, long shipping) {
        return List.of(LineItem.of("Sneakers", 1, eur(goods)), LineItem.of("Shipping", 1, eur(shipping)));
    }

    // Partners

    public PartnerProfile partner(IntegrationType type, boolean dynamicShipping) {
        return interop.createPartner().create(new CreatePartnerCommand("Shop " + type, type, dynamicShipping))
                .get().partner();
    }

    /** A server-side-only Partner with dynamic shipping: every journey is open to it. */
    public PartnerProfile serverSidePartner() {
        return partner(IntegrationType.SERVER_SIDE_ONLY, true);
    }

    public PartnerProfile hostedPartner() {
        return partner(IntegrationType.HOSTED_CHECKOUT, false);
    }

    // The customer's side (Klarna's Boost features)

    public InteroperabilityToken prequalify(PartnerProfile partner, String email, Money amount) {
        return interop.startPrequalification().start(new StartPrequalificationCommand(partner.klarnaClientId(),
                email, Option.some(amount), amount.currency())).get().token();
    }

    public InteroperabilityToken signIn(PartnerProfile partner, String email) {
        String customerToken = interop.signIn().signIn(new SignInCommand(partner.klarnaClientId(), email,
                Option.some("Ada"), Option.some("Lovelace"), HashSet.of(CustomerTokenScope.PAYMENT_CUSTOMER_PRESENT,
                        CustomerTokenScope.CUSTOMER_LOGIN))).get().customerToken();
        return interop.exchangeCustomerToken().exchange(
                new ExchangeCustomerTokenCommand(partner.klarnaClientId(), customerToken)).get().token();
    }

    public Either<UseCaseError, PaymentRequest> startExpress(PartnerProfile partner, Intent intent, Money amount,
            List<LineItem> lineItems) {
        return interop.startExpressCheckout().start(new StartExpressCheckoutCommand(partner.klarnaClientId(), intent,
                amount, lineItems, Option.some("order-express")));
    }

    public PaymentRequest enterJourney(PartnerProfile partner, PaymentRequest request) {
        return interop.startPurchaseJourney().start(
                new StartPurchaseJourneyCommand(partner.klarnaClientId(), request.id())).get();
    }

    public InteroperabilityToken approve(PartnerProfile partner, PaymentRequest request, String email) {
        return interop.approvePurchase().approve(
                new ApprovePurchaseCommand(partner.klarnaClientId(), request.id(), Option.some(email))).get()
                .token().get();
    }

    /** Express checkout through approval: the fresh token the Partner carries to the Acquiring Partner. */
    public InteroperabilityToken expressApproved(PartnerProfile partner, Intent intent, Money amount,
            List<LineItem> lineItems, String email) {
        PaymentRequest request = startExpress(partner, intent, amount, lineItems).get();
        return approve(partner, enterJourney(partner, request), email);
    }

    /** The Payment Request a payment waits on. */
    public static PaymentRequestId waitingOn(Payment payment) {
        return PaymentRequestId.parse(((PaymentState.RequiresCustomerAction) payment.state()).klarnaPaymentRequestId(),
                "id").get();
    }

    /** The customer goes through the step-up the payment waits on and approves. */
    public void completeStepUp(PartnerProfile partner, Payment payment) {
        PaymentRequestId id = waitingOn(payment);
        interop.startPurchaseJourney().start(new StartPurchaseJourneyCommand(partner.klarnaClientId(), id)).get();
        interop.approvePurchase().approve(new ApprovePurchaseCommand(partner.klarnaClientId(), id, Option.none()))
                .get();
    }

    // The Partner's side (the Acquiring Partner's API)

    public Either<UseCaseError, GetPaymentMethodsUseCase.Result> paymentMethods(PartnerProfile partner, Money amount,
            Option<InteroperabilityToken> token) {
        return interop.getPaymentMethods().get(new GetPaymentMethodsCommand(partner.id(), amount, Option.some("en-DE"),
                token));
    }

    public Either<UseCaseError, CheckoutSessionView> openCheckout(PartnerProfile partner, Money amount,
            List<LineItem> lineItems, Option<InteroperabilityToken> token) {
        return interop.createCheckoutSession().create(new CreateCheckoutSessionCommand(partner.id(), amount,
                Option.some("order-1"), lineItems, token, token.map(given -> DATA)));
    }

    /** Submits server-side with the token and data, the customer present (a step-up is possible). */
    public Either<UseCaseError, Payment> submit(PartnerProfile partner, Money amount, InteroperabilityToken token) {
        return interop.submitPayment().submit(new SubmitPaymentCommand(partner.id(), amount, "order-1",
                Option.none(), false, Option.some(RETURN_URL), Option.some(token), Option.some(DATA)));
    }

    /** Submits server-side with the token and data, the customer not present (never a step-up, R11). */
    public Either<UseCaseError, Payment> submitWithoutCustomer(PartnerProfile partner, Money amount,
            InteroperabilityToken token) {
        return interop.submitPayment().submit(new SubmitPaymentCommand(partner.id(), amount, "order-1",
                Option.none(), false, Option.none(), Option.some(token), Option.some(DATA)));
    }

    /** Registers the payment for finalization against a checkout session (journey 4), customer present. */
    public Either<UseCaseError, Payment> finalizeOn(PartnerProfile partner, CheckoutSessionId session,
            Money amount) {
        return interop.submitPayment().submit(new SubmitPaymentCommand(partner.id(), amount, "order-1",
                Option.some(session), true, Option.some(RETURN_URL), Option.none(), Option.none()));
    }

    public Payment payment(PartnerProfile partner, Payment payment) {
        return interop.getPayment().get(new GetPaymentCommand(partner.id(), payment.id())).get();
    }

    public List<StoredEvent> timeline(PartnerProfile partner, GetTimelineCommand.Subject subject, String id) {
        return interop.getTimeline().timeline(new GetTimelineCommand(partner.id(), subject, id)).get();
    }

    public List<String> paymentEvents(PartnerProfile partner, Payment payment) {
        return timeline(partner, GetTimelineCommand.Subject.PAYMENT, payment.id().value()).map(StoredEvent::type);
    }

    public List<String> checkoutEvents(PartnerProfile partner, CheckoutSessionId id) {
        return timeline(partner, GetTimelineCommand.Subject.CHECKOUT_SESSION, id.value()).map(StoredEvent::type);
    }

    /** The code of a refusal, for assertions. */
    public static String code(Either<UseCaseError, ?> answer) {
        return answer.getLeft().code();
    }
}
