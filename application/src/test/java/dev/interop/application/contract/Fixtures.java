package dev.interop.application.contract;

import dev.interop.shared.application.port.StoredEvent;
import dev.interop.klarna.application.port.out.CustomerTokenGrant;
import dev.interop.acquirer.application.port.out.PartnerAccount;
import dev.interop.klarna.domain.authorization.PaymentTransaction;
import dev.interop.acquirer.domain.checkout.CheckoutSession;
import dev.interop.acquirer.domain.checkout.CheckoutSessionId;
import dev.interop.acquirer.domain.journey.JourneyKind;
import dev.interop.shared.network.PresentationInstruction;
import dev.interop.shared.network.IntegrationType;
import dev.interop.shared.network.KlarnaClientId;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.acquirer.domain.partner.PartnerId;
import dev.interop.acquirer.domain.partner.PartnerProfile;
import dev.interop.acquirer.domain.payment.Payment;
import dev.interop.acquirer.domain.payment.PaymentId;
import dev.interop.acquirer.domain.payment.PaymentOrder;
import dev.interop.acquirer.domain.payment.RemoteOutcome;
import dev.interop.klarna.domain.paymentrequest.Intent;
import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;
import dev.interop.klarna.domain.session.BoostFeature;
import dev.interop.klarna.domain.session.CustomerIdentity;
import dev.interop.klarna.domain.session.CustomerSession;
import dev.interop.klarna.domain.session.CustomerSessionId;
import dev.interop.klarna.domain.session.CustomerTokenScope;
import dev.interop.klarna.domain.session.PreQualification;
import dev.interop.klarna.domain.session.PreparedPayment;
import dev.interop.klarna.domain.session.SessionKind;
import dev.interop.shared.domain.DomainEvent;
import dev.interop.shared.domain.LineItem;
import dev.interop.shared.domain.Money;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.domain.Transition;
import dev.interop.shared.domain.Versioned;
import dev.interop.klarna.domain.shipping.ShippingAddress;
import dev.interop.klarna.domain.shipping.ShippingOption;
import dev.interop.klarna.domain.shipping.ShippingSelection;
import dev.interop.shared.token.InteroperabilityData;
import dev.interop.acquirer.domain.token.SealedToken;
import dev.interop.shared.token.TokenHash;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Function;

/**
 * Aggregates in every state for the contract tests, built only through the domain's factories and transitions, as a
 * history: each element is one accepted transition, so a repository can be fed version 1, 2, ... exactly as the
 * services feed it. Every call makes fresh ids, so tests never collide. Instants have millisecond precision, as the
 * application clock does.
 */
public final class Fixtures {

    /** The start of every fixture's timeline. */
    public static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123Z");

    /** Interoperability data with whitespace, escapes and non-ASCII text that must come back byte for byte. */
    public static final String DATA = "{ \"content_type\": \"application/vnd.klarna.interoperability-data.v2+json\",\n"
            + "  \"content\": {\"operation\": \"payment_request\", \"note\": \"\u00c5sa \\u00e9 \\\"quoted\\\" \u2713\","
            + " \"amount\": 1000}}";

    private Fixtures() {
    }

    /** A fresh unique string for ids. */
    public static String unique() {
        return UUID.randomUUID().toString();
    }

    /** Unwraps an accepted command; a rejection is a bug in the fixture. */
    public static <A> Transition<A> accepted(Either<Rejection, Transition<A>> result) {
        return result.getOrElseThrow(rejection -> new IllegalStateException("fixture rejected: " + rejection));
    }

    /** The states of a history, oldest first. */
    public static <A> List<A> states(List<Transition<A>> history) {
        return history.map(Transition::next);
    }

    /** A history: the first transition, then each step applied to the previous state. */
    @SafeVarargs
    public static <A> List<Transition<A>> history(Either<Rejection, Transition<A>> first,
            Function<A, Either<Rejection, Transition<A>>>... steps) {
        List<Transition<A>> transitions = List.of(accepted(first));
        for (Function<A, Either<Rejection, Transition<A>>> step : steps) {
            transitions = transitions.append(accepted(step.apply(transitions.last().next())));
        }
        return transitions;
    }

    /**
     * The events of one transition as the timeline stores them: sequences {@code eventCount - n + 1 .. eventCount} of
     * the next state, occurring at {@code at}, each payload naming its type.
     */
    public static <A extends Versioned> List<StoredEvent> storedEvents(String aggregateType, String aggregateId,
            Transition<A> transition, Instant at) {
        long first = transition.next().eventCount() - transition.events().size() + 1;
        return transition.events().zipWithIndex().map(pair -> storedEvent(aggregateType, aggregateId,
                first + pair._2, pair._1, at));
    }

    private static StoredEvent storedEvent(String aggregateType, String aggregateId, long sequence,
            DomainEvent event, Instant at) {
        return new StoredEvent(aggregateType, aggregateId, sequence, event.type(), at,
                "{\"type\":\"" + event.type() + "\",\"sequence\":" + sequence + "}");
    }

    /** A plain event with sequence {@code sequence} of {@code aggregateId}. */
    public static StoredEvent event(String aggregateId, long sequence) {
        return new StoredEvent("test_aggregate", aggregateId, sequence, "test.happened_" + sequence,
                T0.plusMillis(sequence), "{\"n\":" + sequence + ",\"text\":\"\u00e5\u00e4\u00f6 \\\"x\\\"\"}");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Partners and credentials

    /** A partner whose id, API key, client id and account id all derive from {@code n}. */
    public static PartnerAccount partner(String n) {
        return partner(n, n, n, n);
    }

    /** A partner whose id, API key hash, client id and Klarna account id derive from the four given strings. */
    public static PartnerAccount partner(String id, String apiKey, String clientId, String accountId) {
        return new PartnerAccount(new PartnerProfile(new PartnerId("partner-" + id), "Shop " + id,
                IntegrationType.SERVER_SIDE_ONLY, true, new KlarnaClientId("klarna_client_" + clientId),
                PartnerAccountId.of("krn:partner:global:account:test:" + accountId)), TokenHash.of("api-key-" + apiKey),
                T0);
    }

    public static PartnerProfile profile(PartnerId id) {
        return new PartnerProfile(id, "Shop " + id, IntegrationType.HOSTED_CHECKOUT, false,
                new KlarnaClientId("client-" + id), PartnerAccountId.of("krn:partner:global:account:test:" + id));
    }

    /** A customer identity whose token hash and reference derive from {@code n}. */
    public static CustomerIdentity identity(String n, boolean withNames) {
        return new CustomerIdentity("customer+" + n + "@example.com",
                withNames ? Option.of("\u00c5sa") : Option.none(), withNames ? Option.of("O'Brien") : Option.none(),
                "ctr-" + n, TokenHash.of("customer-token-" + n),
                HashSet.of(CustomerTokenScope.PAYMENT_CUSTOMER_PRESENT, CustomerTokenScope.CUSTOMER_LOGIN));
    }

    public static CustomerTokenGrant grant(String n, boolean withNames) {
        return new CustomerTokenGrant(PartnerAccountId.of("krn:partner:global:account:test:partner-" + n), identity(n, withNames), T0.plusMillis(1));
    }

    /** A sealed token (stand-in ciphertext: the contract only stores and returns it). */
    public static SealedToken sealedToken(String n) {
        return SealedToken.of(Base64.getEncoder().encodeToString(("sealed:" + n).getBytes(StandardCharsets.UTF_8)),
                TokenHash.of("interoperability-token-" + n));
    }

    public static PaymentTransaction transaction(Option<String> customerSessionId) {
        return new PaymentTransaction("krn:payment:eu1:transaction:" + unique(), PartnerAccountId.of("krn:partner:global:account:test:partner-tx"),
                customerSessionId, Money.of(12_345, "EUR"), Option.of("order-17"), T0.plusMillis(7));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Customer sessions

    /** The hash of the {@code n}-th token of session {@code id}. */
    public static TokenHash sessionToken(CustomerSessionId id, int n) {
        return TokenHash.of(id.value() + "#" + n);
    }

    /** A history that ends in {@code kind}, for a fresh session of {@code partner-1} started at {@link #T0}. */
    public static List<Transition<CustomerSession>> sessionHistory(SessionKind kind) {
        return sessionHistory(kind, CustomerSessionId.of(unique()), T0, Duration.ofHours(24));
    }

    /** A history that ends in {@code kind} for session {@code id} started at {@code start} with {@code ttl}. */
    public static List<Transition<CustomerSession>> sessionHistory(SessionKind kind, CustomerSessionId id,
            Instant start, Duration ttl) {
        PartnerAccountId partner = PartnerAccountId.of("krn:partner:global:account:test:partner-1");
        var started = CustomerSession.start(id, partner, BoostFeature.ON_SITE_MESSAGING, sessionToken(id, 1), start,
                ttl);
        Money amount = Money.of(25_000, "SEK");
        String request = "krn:payment:eu1:request:" + unique();
        Instant t1 = start.plusSeconds(60);
        Instant t2 = start.plusSeconds(120);
        Instant t3 = start.plusSeconds(180);
        return switch (kind) {
            case SUPPORTED -> history(started,
                    session -> session.touch(BoostFeature.MARKETING, t1),
                    session -> session.prequalify(PreQualification.notApproved(), sessionToken(id, 2), t2));
            case PREQUALIFIED -> history(started,
                    session -> session.prequalify(PreQualification.approved(amount), sessionToken(id, 2), t1));
            case SIGNED_IN -> history(started,
                    session -> session.prequalify(new PreQualification(true, Option.none()), sessionToken(id, 2), t1),
                    session -> session.signIn(identity(id.unique(), true), sessionToken(id, 3), t2));
            case PREPARED -> history(started,
                    session -> session.signIn(identity(id.unique(), false), sessionToken(id, 2), t1),
                    session -> session.prepare(new PreparedPayment(amount, request), sessionToken(id, 3), t2));
            case PENDING_CONFIRMATION -> history(started,
                    session -> session.prepare(new PreparedPayment(amount, request), sessionToken(id, 2), t1),
                    session -> session.approve(amount, request, sessionToken(id, 3), t2));
            case CONSUMED -> history(started,
                    session -> session.approve(amount, request, sessionToken(id, 2), t1),
                    session -> session.consume("krn:payment:eu1:transaction:" + unique(), t3));
            case EXPIRED -> history(started,
                    session -> session.touch(BoostFeature.EXPRESS_CHECKOUT, t1),
                    session -> session.expire(start.plus(ttl).plusMillis(1)));
        };
    }

    // ---------------------------------------------------------------------------------------------------------
    // Payment Requests

    /** The states a Payment Request fixture can end in, with the path that leads there. */
    public enum PaymentRequestCase {
        SUBMITTED,
        UPDATED,
        ABORTED,
        IN_PROGRESS_WITH_SHIPPING,
        COMPLETED,
        CANCELED,
        EXPIRED,
        DECLINED
    }

    /** A fresh request created at {@code createdAt} living {@code ttl}, with line items and a customer session. */
    public static Either<Rejection, Transition<PaymentRequest>> createdRequest(Instant createdAt, Duration ttl) {
        Money amount = Money.of(30_000, "SEK");
        List<LineItem> items = List.of(LineItem.of("Chair", 2, Money.of(10_000, "SEK")),
                LineItem.of("Lamp \u00e9", 1, Money.of(10_000, "SEK")));
        return PaymentRequest.create(PaymentRequestId.of(unique()), PartnerAccountId.of("krn:partner:global:account:test:partner-1"),
                Option.of(CustomerSessionId.of(unique()).value()), Intent.PREPARATION, amount, Option.of("order-9"),
                items, Option.of("https://shop.example/return/{klarna.payment_request.id}"), Option.of(ttl),
                createdAt);
    }

    public static List<Transition<PaymentRequest>> paymentRequestHistory(PaymentRequestCase which) {
        Duration ttl = Duration.ofHours(1);
        var created = createdRequest(T0, ttl);
        Instant t1 = T0.plusSeconds(60);
        Instant t2 = T0.plusSeconds(120);
        ShippingSelection express = new ShippingSelection(
                new ShippingAddress(Option.of("Sveav\u00e4gen 1"), Option.of("111 57"), Option.of("Stockholm"),
                        Option.none(), "SE"),
                new ShippingOption("express", "Express \u2013 tomorrow", Money.of(4_900, "SEK")));
        return switch (which) {
            case SUBMITTED -> history(created);
            case UPDATED -> history(created, request -> request.update(Money.of(45_000, "SEK"),
                    List.of(LineItem.of("Sofa", 1, Money.of(45_000, "SEK"))), Option.none(), t1));
            case ABORTED -> history(created, request -> request.start(t1), request -> request.abort(t2));
            case IN_PROGRESS_WITH_SHIPPING -> history(created, request -> request.start(t1),
                    request -> request.changeShipping(express, Money.of(34_900, "SEK"), t2));
            case COMPLETED -> history(created, request -> request.start(t1),
                    request -> request.complete(TokenHash.of("completion-" + request.id()), t2));
            case CANCELED -> history(created, request -> request.cancel(t1));
            case EXPIRED -> history(created, request -> request.start(t1),
                    request -> request.expire(T0.plus(ttl).plusMillis(5)));
            case DECLINED -> history(created, request -> request.start(t1), request -> request.decline(t2));
        };
    }

    // ---------------------------------------------------------------------------------------------------------
    // Checkout sessions

    /** The states a checkout session fixture can end in, with the path that leads there. */
    public enum CheckoutCase {
        OPEN,
        OPEN_WITH_DATA_POINTS,
        UPDATED,
        PAYMENT_REGISTERED,
        PAYMENT_RELEASED,
        COMPLETED,
        EXPIRED,
        CANCELED
    }

    /** A fresh checkout session opened at {@code openedAt} living {@code ttl}, with or without data points. */
    public static Either<Rejection, Transition<CheckoutSession>> openedCheckout(Instant openedAt, Duration ttl,
            boolean dataPoints) {
        PartnerProfile partner = profile(new PartnerId("partner-1"));
        String n = unique();
        return CheckoutSession.open(CheckoutSessionId.of(n.replace("-", "")), partner,
                dataPoints ? JourneyKind.EXPRESS_CHECKOUT_MULTI_STEP : JourneyKind.STANDARD,
                dataPoints ? PresentationInstruction.SHOW_ONLY_KLARNA : PresentationInstruction.SHOW_KLARNA,
                Money.of(9_900, "EUR"),
                Option.of("cart-" + n), List.of(LineItem.of("Shoes", 1, Money.of(9_900, "EUR"))),
                dataPoints ? Option.of(sealedToken(n)) : Option.none(),
                dataPoints ? Option.of(new InteroperabilityData(DATA)) : Option.none(), openedAt, ttl);
    }

    public static List<Transition<CheckoutSession>> checkoutHistory(CheckoutCase which) {
        Duration ttl = Duration.ofMinutes(30);
        Instant t1 = T0.plusSeconds(60);
        Instant t2 = T0.plusSeconds(120);
        String payment = "pay_" + unique().replace("-", "");
        return switch (which) {
            case OPEN -> history(openedCheckout(T0, ttl, false));
            case OPEN_WITH_DATA_POINTS -> history(openedCheckout(T0, ttl, true));
            case UPDATED -> history(openedCheckout(T0, ttl, true), session -> session.update(
                    Option.of(Money.of(12_900, "EUR")),
                    Option.of(List.of(LineItem.of("Shoes", 1, Money.of(9_900, "EUR")),
                            LineItem.of("Express", 1, Money.of(3_000, "EUR")))),
                    Option.of("cart-updated"), Option.of(sealedToken("rotated-" + unique())), Option.none(), t1));
            case PAYMENT_REGISTERED -> history(openedCheckout(T0, ttl, true),
                    session -> session.registerPayment(payment, t1));
            case PAYMENT_RELEASED -> history(openedCheckout(T0, ttl, true),
                    session -> session.registerPayment(payment, t1), session -> session.releasePayment(t2));
            case COMPLETED -> history(openedCheckout(T0, ttl, true),
                    session -> session.registerPayment(payment, t1), session -> session.complete(t2));
            case EXPIRED -> history(openedCheckout(T0, ttl, false),
                    session -> session.expire(T0.plus(ttl).plusMillis(3)));
            case CANCELED -> history(openedCheckout(T0, ttl, false), session -> session.cancel(t1));
        };
    }

    // ---------------------------------------------------------------------------------------------------------
    // Payments

    /** The states a payment fixture can end in, with the path that leads there. */
    public enum PaymentCase {
        AUTHORIZING,
        AUTHORIZED,
        DECLINED,
        REQUIRES_CUSTOMER_ACTION,
        ERRORED,
        RETRIED,
        STEP_UP_COMPLETED,
        STEP_UP_FAILED,
        FINALIZATION_REQUIRING_REAPPROVAL,
        FINALIZATION_WITH_CHECKOUT_SESSION
    }

    /** The Klarna Payment Request id a payment of {@link PaymentCase#REQUIRES_CUSTOMER_ACTION} waits on. */
    public static String klarnaRequestOf(Payment payment) {
        return "krn:payment:eu1:request:" + payment.id().value().substring(PaymentId.PREFIX.length());
    }

    public static Either<Rejection, Transition<Payment>> submittedPayment(Instant at) {
        PartnerProfile partner = profile(new PartnerId("partner-1"));
        return Payment.submit(PaymentId.of(unique().replace("-", "")),
                PaymentOrder.of(partner, Money.of(4_200, "NOK"), "order-" + unique(), JourneyKind.STANDARD),
                Option.none(), at);
    }

    public static List<Transition<Payment>> paymentHistory(PaymentCase which) {
        Instant t1 = T0.plusSeconds(1);
        Instant t2 = T0.plusSeconds(2);
        Instant t3 = T0.plusSeconds(3);
        Function<Payment, Either<Rejection, Transition<Payment>>> pending = payment -> payment.record(
                new RemoteOutcome.Pending(klarnaRequestOf(payment), "https://pay.klarna.example/" + payment.id()), t1);
        PartnerProfile partner = profile(new PartnerId("partner-1"));
        return switch (which) {
            case AUTHORIZING -> history(submittedPayment(T0));
            case AUTHORIZED -> history(submittedPayment(T0),
                    payment -> payment.record(new RemoteOutcome.Succeeded("krn:payment:eu1:transaction:1"), t1));
            case DECLINED -> history(submittedPayment(T0),
                    payment -> payment.record(new RemoteOutcome.Rejected("declined by Klarna"), t1));
            case REQUIRES_CUSTOMER_ACTION -> history(submittedPayment(T0), pending);
            case ERRORED -> history(submittedPayment(T0),
                    payment -> payment.record(new RemoteOutcome.Errored("timeout after 10 s"), t1));
            case RETRIED -> history(submittedPayment(T0),
                    payment -> payment.record(new RemoteOutcome.Errored("HTTP 503"), t1),
                    payment -> payment.retry(t2));
            case STEP_UP_COMPLETED -> history(submittedPayment(T0), pending,
                    payment -> payment.stepUpCompleted("krn:payment:eu1:request:2", sealedToken("fresh"), t3),
                    payment -> payment.record(new RemoteOutcome.Succeeded("krn:payment:eu1:transaction:2"),
                            t3.plusSeconds(1)));
            case STEP_UP_FAILED -> history(submittedPayment(T0), pending,
                    payment -> payment.stepUpFailed("the customer canceled", t3));
            case FINALIZATION_REQUIRING_REAPPROVAL -> history(Payment.registerForFinalization(
                    PaymentId.of(unique().replace("-", "")),
                    PaymentOrder.of(partner, Money.of(12_000, "EUR"), "order-final", JourneyKind.SIGN_IN_WITH_KLARNA)
                            .withToken(sealedToken(unique())).withData(new InteroperabilityData(DATA))
                            .withStepUp("https://shop.example/step-up?x=1").withApprovedAmount(Money.of(10_000, "EUR")),
                    Option.none(), T0));
            case FINALIZATION_WITH_CHECKOUT_SESSION -> {
                CheckoutSession review = accepted(openedCheckout(T0, Duration.ofMinutes(30), true)).next();
                yield history(Payment.registerForFinalization(PaymentId.of(unique().replace("-", "")),
                        PaymentOrder.of(partner, Money.of(9_900, "EUR"), "order-review",
                                JourneyKind.EXPRESS_CHECKOUT_MULTI_STEP).withApprovedAmount(Money.of(9_900, "EUR")),
                        Option.of(review), t1));
            }
        };
    }
}
