package dev.interop.benchmarks.domain;

import dev.interop.klarna.domain.presentation.PresentationRule;
import static dev.interop.benchmarks.domain.DomainFixtures.DATA;
import static dev.interop.benchmarks.domain.DomainFixtures.HOSTED;
import static dev.interop.benchmarks.domain.DomainFixtures.SERVER_SIDE;
import static dev.interop.benchmarks.domain.DomainFixtures.T0;
import static dev.interop.benchmarks.domain.DomainFixtures.accepted;
import static dev.interop.benchmarks.domain.DomainFixtures.eur;
import static dev.interop.benchmarks.domain.DomainFixtures.hash;
import static dev.interop.benchmarks.domain.DomainFixtures.items;
import static dev.interop.benchmarks.domain.DomainFixtures.next;

import dev.interop.acquirer.domain.checkout.CheckoutSession;
import dev.interop.acquirer.domain.checkout.CheckoutSessionId;
import dev.interop.acquirer.domain.journey.JourneyKind;
import dev.interop.acquirer.domain.payment.Payment;
import dev.interop.acquirer.domain.payment.PaymentId;
import dev.interop.acquirer.domain.payment.PaymentOrder;
import dev.interop.acquirer.domain.payment.RemoteOutcome;
import dev.interop.klarna.domain.paymentrequest.Intent;
import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;
import dev.interop.klarna.domain.presentation.Market;
import dev.interop.acquirer.domain.presentation.Presentation;
import dev.interop.acquirer.domain.presentation.PresentationPolicy;
import dev.interop.klarna.domain.session.BoostFeature;
import dev.interop.klarna.domain.session.CustomerSession;
import dev.interop.klarna.domain.session.CustomerSessionId;
import dev.interop.klarna.domain.session.PreQualification;
import dev.interop.klarna.domain.session.PreparedPayment;
import dev.interop.klarna.domain.shipping.DefaultShippingQuotes;
import dev.interop.klarna.domain.shipping.ShippingAddress;
import dev.interop.klarna.domain.shipping.ShippingQuote;
import dev.interop.klarna.domain.shipping.ShippingRejectionReason;
import dev.interop.klarna.domain.shipping.ShippingSelection;
import dev.interop.acquirer.domain.token.SealedToken;
import dev.interop.shared.token.TokenHash;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Whole journeys as the application drives them through the pure domain, without storage, HTTP or JSON: every
 * transition the use cases take, in order, with ids, token hashes and times supplied as arguments (R16). The ids and
 * hashes are prepared in {@link #prepare()}, so what is measured is the state machines alone.
 *
 * <p>{@link #expressCheckoutMultiStep()} (journey 4): customer session start, Payment Request create, start, shipping
 * address change (quoted by {@link DefaultShippingQuotes}), complete, the session's prepared payment, token
 * resolution and the presentation decision, checkout session open and update on the review screen, payment
 * registered for finalization, the checkout session's registration, the recorded authorization, the session
 * consumed and the checkout session completed: 15 steps.
 *
 * <p>{@link #prequalification()} (journey 1): session start, pre-qualification, token resolution, presentation,
 * payment submitted, recorded authorization, session consumed: 7 steps.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class JourneyTransitionsBenchmark {

    private final PresentationPolicy policy = PresentationPolicy.withDefaultMethods();
    private final DefaultShippingQuotes quotes = new DefaultShippingQuotes();
    private final ShippingAddress address = ShippingAddress.ofCountry("SE");

    private CustomerSessionId sessionId;
    private PaymentRequestId requestId;
    private CheckoutSessionId checkoutSessionId;
    private PaymentId paymentId;
    private String transactionId;
    private TokenHash firstToken;
    private TokenHash approvedToken;
    private SealedToken sealedApprovedToken;

    @Setup
    public void prepare() {
        sessionId = CustomerSessionId.of("5b0e9f1c-8a9d-4c33-9d7e-0f6c2c1b7a10");
        requestId = PaymentRequestId.of("7d0c2f0e-5a1b-4c8e-9f0e-2b3c4d5e6f70");
        checkoutSessionId = CheckoutSessionId.of("3f9a1c2b-1d4e-4f60-8a7b-9c0d1e2f3a4b");
        paymentId = PaymentId.of("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");
        transactionId = "krn:payment:eu1:transaction:0f1e2d3c-4b5a-4968-8776-655443322110";
        firstToken = hash(1);
        approvedToken = hash(2);
        sealedApprovedToken = DomainFixtures.sealed(DomainFixtures.TOKEN_PREFIX + "bench-token-2");
    }

    /** Journey 4, express checkout multi-step, from the button to the authorized payment (15 transitions). */
    @Benchmark
    public CheckoutSession expressCheckoutMultiStep() {
        Instant now = T0;
        CustomerSession session = next(CustomerSession.start(sessionId, HOSTED.klarnaAccountId(), BoostFeature.EXPRESS_CHECKOUT,
                firstToken, now, CustomerSession.DEFAULT_TTL));
        PaymentRequest request = next(PaymentRequest.create(requestId, HOSTED.klarnaAccountId(),
                Option.of(session.id().value()), Intent.PREPARATION, eur(10_000), Option.some("order-1"),
                items(9_500, 500), Option.none(), Option.some(PaymentRequest.DEFAULT_TTL), now));

        now = now.plusSeconds(5);
        request = next(request.start(now));
        ShippingQuote quote = accepted(quotes.quoteForAddress(request.orderAmount(), address)
                .mapLeft(ShippingRejectionReason::toRejection));
        request = next(request.changeShipping(new ShippingSelection(address, quote.selectedOption().get()),
                quote.amount(), now));

        now = now.plusSeconds(20);
        request = next(request.complete(approvedToken, now));
        session = next(session.prepare(new PreparedPayment(request.amount(), request.id().value()), approvedToken,
                now));

        now = now.plusSeconds(10);
        CustomerSession resolved = accepted(session.resolve(approvedToken, HOSTED.klarnaAccountId(), now));
        Presentation presentation = policy.arrange(PresentationRule.instruct(Option.of(resolved), request.amount(), Market.DEFAULT), false);
        CheckoutSession checkout = next(CheckoutSession.open(checkoutSessionId, HOSTED,
                JourneyKind.EXPRESS_CHECKOUT_MULTI_STEP, presentation.instruction(), eur(10_000),
                Option.some("order-1"), items(9_500, 500), Option.some(sealedApprovedToken), Option.some(DATA), now,
                Duration.ofHours(24)));

        now = now.plusSeconds(30);
        checkout = next(checkout.update(Option.some(eur(9_500)), Option.some(items(9_500, 0)), Option.none(),
                Option.none(), Option.none(), now));

        now = now.plusSeconds(15);
        PaymentOrder order = PaymentOrder.of(HOSTED, eur(9_500), "order-1", JourneyKind.EXPRESS_CHECKOUT_MULTI_STEP);
        Payment payment = next(Payment.registerForFinalization(paymentId, order, Option.of(checkout), now));
        checkout = next(checkout.registerPayment(payment.id().value(), now));
        payment = next(payment.record(new RemoteOutcome.Succeeded(transactionId), now));
        session = next(session.consume(transactionId, now));
        checkout = next(checkout.complete(now));
        if (payment.klarnaTransactionId().isEmpty() || session.isActive()) {
            throw new IllegalStateException("the journey did not end authorized and consumed");
        }
        return checkout;
    }

    /** Journey 1, pre-qualification (on-site messaging) to an authorized payment (7 transitions). */
    @Benchmark
    public Payment prequalification() {
        Instant now = T0;
        CustomerSession session = next(CustomerSession.start(sessionId, SERVER_SIDE.klarnaAccountId(),
                BoostFeature.ON_SITE_MESSAGING, firstToken, now, CustomerSession.DEFAULT_TTL));
        session = next(session.prequalify(PreQualification.approved(eur(500_000)), approvedToken,
                now));
        now = now.plusSeconds(60);
        CustomerSession resolved = accepted(session.resolve(approvedToken, SERVER_SIDE.klarnaAccountId(), now));
        Presentation presentation = policy.arrange(PresentationRule.instruct(Option.of(resolved), eur(12_000), Market.DEFAULT), false);
        PaymentOrder order = PaymentOrder.of(SERVER_SIDE, eur(12_000), "order-1", JourneyKind.PRE_QUALIFICATION)
                .withToken(sealedApprovedToken).withData(DATA);
        Payment payment = next(Payment.submit(paymentId, order, Option.none(), now));
        payment = next(payment.record(new RemoteOutcome.Succeeded(transactionId), now));
        session = next(session.consume(transactionId, now));
        if (presentation.methods().isEmpty() || session.isActive()) {
            throw new IllegalStateException("the journey did not end authorized and consumed");
        }
        return payment;
    }
}
