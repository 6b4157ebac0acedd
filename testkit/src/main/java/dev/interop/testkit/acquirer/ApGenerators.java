package dev.interop.testkit.acquirer;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.interop.acquirer.domain.checkout.CheckoutSession;
import dev.interop.acquirer.domain.checkout.CheckoutSessionId;
import dev.interop.acquirer.domain.journey.JourneyKind;
import dev.interop.shared.network.IntegrationType;
import dev.interop.shared.network.KlarnaClientId;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.acquirer.domain.partner.PartnerId;
import dev.interop.acquirer.domain.partner.PartnerProfile;
import dev.interop.acquirer.domain.payment.Payment;
import dev.interop.acquirer.domain.payment.PaymentId;
import dev.interop.acquirer.domain.payment.PaymentOrder;
import dev.interop.acquirer.domain.payment.RemoteOutcome;
import dev.interop.shared.network.PresentationInstruction;
import dev.interop.shared.domain.CurrencyCode;
import dev.interop.shared.domain.LineItem;
import dev.interop.shared.domain.Money;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.domain.Transition;
import dev.interop.shared.token.InteroperabilityData;
import dev.interop.acquirer.domain.token.SealedToken;
import dev.interop.shared.token.TokenHash;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the Acquiring Partner side of the domain. Every generated aggregate is valid (built
 * through the domain's own factories, which must accept it); command sequences are generated without regard to state,
 * so they exercise refusals as much as transitions.
 */
public final class ApGenerators {

    /** Currencies used by the generators, including one without minor units. */
    public static final List<CurrencyCode> CURRENCIES =
            List.of("EUR", "SEK", "NOK", "DKK", "GBP", "USD", "JPY").map(CurrencyCode::of);

    /** The first instant generated sessions and payments may start at. */
    public static final Instant EPOCH = Instant.parse("2025-01-01T00:00:00Z");

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private ApGenerators() {
    }

    // Plain values

    /** A unique part for ids: 1..16 characters of {@code [a-z0-9]}. */
    public static Gen<String> uniqueParts() {
        return longs().all().zip(integers().between(1, 16), (seed, length) -> {
            SplittableRandom random = new SplittableRandom(seed);
            StringBuilder out = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            return out.toString();
        });
    }

    public static Gen<CurrencyCode> currencies() {
        return Generate.pick(CURRENCIES.asJava());
    }

    /** A currency of {@link #CURRENCIES} other than {@code currency}. */
    public static CurrencyCode otherCurrency(CurrencyCode currency) {
        return CURRENCIES.find(candidate -> !candidate.equals(currency)).get();
    }

    /** Positive money up to 10 000 000 minor units in {@code currency}. */
    public static Gen<Money> positiveMoney(CurrencyCode currency) {
        return longs().between(1, 10_000_000).map(minor -> new Money(minor, currency));
    }

    /** Positive money in any generated currency. */
    public static Gen<Money> positiveMoney() {
        return currencies().flatMap(ApGenerators::positiveMoney);
    }

    /** An instant within roughly a year after {@link #EPOCH}. */
    public static Gen<Instant> instants() {
        return longs().between(0, 365L * 24 * 3600).map(seconds -> EPOCH.plusSeconds(seconds));
    }

    // Partners

    /** A Partner of {@code type}, with or without dynamic shipping. */
    public static Gen<PartnerProfile> partners(IntegrationType type) {
        return uniqueParts().zip(Generate.booleans(), (unique, dynamicShipping) -> partner(unique, type,
                dynamicShipping));
    }

    /** Partners of both integration types, with or without dynamic shipping. */
    public static Gen<PartnerProfile> partners() {
        return Generate.enumValues(IntegrationType.class).flatMap(ApGenerators::partners);
    }

    /** Partners that may offer one-step express checkout (R8). */
    public static Gen<PartnerProfile> oneStepPartners() {
        return uniqueParts().map(unique -> partner(unique, IntegrationType.SERVER_SIDE_ONLY, true));
    }

    /** Partners that may not offer one-step express: hosted checkout, or server-side without dynamic shipping. */
    public static Gen<PartnerProfile> partnersWithoutOneStep() {
        return partners().map(partner -> partner.supportsOneStepExpress()
                ? partner(partner.id().value(), IntegrationType.HOSTED_CHECKOUT, true) : partner);
    }

    /** A Partner built from a unique part. */
    public static PartnerProfile partner(String unique, IntegrationType type, boolean dynamicShipping) {
        return new PartnerProfile(new PartnerId("p_" + unique), "Shop " + unique, type, dynamicShipping,
                new KlarnaClientId("klarna_test_client_" + unique),
                PartnerAccountId.of("krn:partner:global:account:test:" + unique.toUpperCase(Locale.ROOT)));
    }

    /** A journey {@code partner} may follow: one-step express only when it qualifies (R8), else multi-step. */
    public static Gen<JourneyKind> journeysFor(PartnerProfile partner) {
        return Generate.enumValues(JourneyKind.class).map(kind ->
                kind == JourneyKind.EXPRESS_CHECKOUT_ONE_STEP && !partner.supportsOneStepExpress()
                        ? JourneyKind.EXPRESS_CHECKOUT_MULTI_STEP : kind);
    }

    // Line items

    /**
     * Between one and five line items in {@code total}'s currency summing exactly to it (R12), with quantities of one
     * to four where the part divides.
     */
    public static Gen<List<LineItem>> lineItemsSumming(Money total) {
        return longs().all().map(seed -> split(total, seed));
    }

    /** No line items, or line items summing to {@code total}. */
    public static Gen<List<LineItem>> optionalLineItems(Money total) {
        return Generate.booleans().zip(lineItemsSumming(total), (none, items) -> none ? List.<LineItem>empty()
                : items);
    }

    /** Deterministically splits {@code total} into one to five line items that sum to it exactly. */
    public static List<LineItem> split(Money total, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long units = total.minorUnits();
        int parts = (int) Math.max(1, Math.min(units, 1 + random.nextInt(5)));
        java.util.TreeSet<Long> cuts = new java.util.TreeSet<>();
        while (cuts.size() < parts - 1) {
            cuts.add(1 + random.nextLong(units - 1));
        }
        List<Long> bounds = List.of(0L).appendAll(cuts).append(units);
        return bounds.sliding(2).toList().zipWithIndex().map(window -> {
            long part = window._1.get(1) - window._1.get(0);
            long quantity = 1 + random.nextInt(4);
            long unitQuantity = part % quantity == 0 ? quantity : 1;
            return LineItem.of("item-" + window._2, unitQuantity, new Money(part / unitQuantity, total.currency()));
        });
    }

    // Data points

    /** A sealed token: a stand-in for the sealing port (base64 of the reversed token, not encryption) and its hash. */
    public static Gen<SealedToken> sealedTokens() {
        return uniqueParts().map(unique -> seal("krn:network:eu1:test:session-token:" + unique));
    }

    /** Seals {@code plain} the way the generators do. */
    public static SealedToken seal(String plain) {
        String ciphertext = Base64.getEncoder().encodeToString(
                new StringBuilder(plain).reverse().toString().getBytes(StandardCharsets.UTF_8));
        return SealedToken.of(ciphertext, TokenHash.of(plain));
    }

    /** Interoperability data: a v2 envelope with a generated reference. */
    public static Gen<InteroperabilityData> data() {
        return uniqueParts().map(reference -> new InteroperabilityData(
                "{\"content_type\":\"application/vnd.klarna.interoperability-data.v2+json\",\"content\":"
                        + "{\"operation\":\"payment_request\",\"payment_request_reference\":\"" + reference
                        + "\"}}"));
    }

    /** Present or absent values, half and half. */
    public static <T> Gen<Option<T>> options(Gen<T> values) {
        return Generate.booleans().zip(values, (present, value) -> present ? Option.some(value) : Option.none());
    }

    // Checkout sessions

    /** Open checkout sessions of any Partner and journey, valid for 1 minute to 48 hours. */
    public static Gen<CheckoutSession> openCheckoutSessions() {
        return openCheckoutSessions(partners(), CheckoutSession.MAX_TTL);
    }

    /** Open checkout sessions of the given Partners, valid for 1 minute to {@code maxTtl}. */
    public static Gen<CheckoutSession> openCheckoutSessions(Gen<PartnerProfile> partners, Duration maxTtl) {
        Gen<Duration> ttls = longs().between(CheckoutSession.MIN_TTL.getSeconds(), maxTtl.getSeconds())
                .map(seconds -> Duration.ofSeconds(seconds));
        return partners.flatMap(partner -> journeysFor(partner).flatMap(journey -> positiveMoney().flatMap(amount ->
                optionalLineItems(amount).flatMap(items -> uniqueParts().zip(options(uniqueParts()),
                        options(sealedTokens()), options(data()), instants().zip(ttls, Pair::new),
                        (unique, reference, token, data, timing) -> open(CheckoutSessionId.of(unique), partner,
                                journey, amount, reference, items, token, data, timing.first(),
                                timing.second()))))));
    }

    private static CheckoutSession open(CheckoutSessionId id, PartnerProfile partner, JourneyKind journey,
            Money amount, Option<String> reference, List<LineItem> items, Option<SealedToken> token,
            Option<InteroperabilityData> data, Instant now, Duration ttl) {
        return valid(CheckoutSession.open(id, partner, journey, instructionFor(journey), amount, reference, items,
                token, data, now, ttl));
    }

    /** A plausible instruction Klarna gives for a session of {@code journey} (R4), for generated sessions. */
    public static PresentationInstruction instructionFor(JourneyKind journey) {
        return switch (journey) {
            case STANDARD -> PresentationInstruction.SHOW_KLARNA;
            case PRE_QUALIFICATION, SIGN_IN_WITH_KLARNA -> PresentationInstruction.PRESELECT_KLARNA;
            case EXPRESS_CHECKOUT_ONE_STEP, EXPRESS_CHECKOUT_MULTI_STEP -> PresentationInstruction.SHOW_ONLY_KLARNA;
        };
    }

    // Payments

    /**
     * Payments just submitted or registered for finalization ({@code AUTHORIZING}, version 1), of any Partner and
     * journey: finalizations carry a token, multi-step ones the checkout session with its token (R9), and an amount
     * above the approved one comes with a step-up URL, so some payments require re-approval (R10).
     */
    public static Gen<Payment> submittedPayments() {
        return partners().flatMap(partner -> journeysFor(partner).flatMap(journey -> currencies().flatMap(currency ->
                positiveMoney(currency).zip(positiveMoney(currency), longs().between(0, 1000), Amounts::new)
                        .flatMap(amounts -> uniqueParts().zip(Generate.booleans(), options(sealedTokens()),
                                sealedTokens(), Generate.range(0, 3),
                                (unique, finalization, token, sessionToken, extras) -> payment(partner, journey,
                                        amounts, unique, finalization, token, sessionToken, extras))))));
    }

    private static Payment payment(PartnerProfile partner, JourneyKind journey, Amounts amounts, String unique,
            boolean finalization, Option<SealedToken> token, SealedToken sessionToken, int extras) {
        Money amount = amounts.amount();
        Money approved = amounts.approved();
        long tolerance = amounts.tolerance();
        boolean withApproved = (extras & 1) == 1;
        boolean withStepUp = (extras & 2) == 2;
        PaymentOrder order = PaymentOrder.of(partner, amount, "order-" + unique, journey);
        if (token.isDefined()) {
            order = order.withToken(token.get());
        }
        if (withApproved) {
            order = order.withApprovedAmount(approved);
        }
        boolean drifted = withApproved && amount.minorUnits() > approved.minorUnits() + tolerance;
        if (withStepUp || finalization && drifted) {
            order = order.withStepUp("https://shop.example/return/" + unique);
        }
        PaymentId id = PaymentId.of(unique);
        if (!finalization) {
            return valid(Payment.submit(id, order, Option.none(), EPOCH));
        }
        Option<CheckoutSession> session = Option.none();
        if (journey == JourneyKind.EXPRESS_CHECKOUT_MULTI_STEP || token.isEmpty()) {
            session = Option.some(open(CheckoutSessionId.of(unique), partner, journey, amount, Option.none(),
                    List.empty(), Option.some(sessionToken), Option.none(), EPOCH, CheckoutSession.DEFAULT_TTL));
        }
        return valid(Payment.registerForFinalization(id, order, session, tolerance, EPOCH));
    }

    // Outcomes and command sequences

    /** Any classified outcome of a call to Klarna. */
    public static Gen<RemoteOutcome> remoteOutcomes() {
        return uniqueParts().zip(Generate.range(0, 3), (unique, which) -> switch (which) {
            case 0 -> new RemoteOutcome.Succeeded("tx-" + unique);
            case 1 -> new RemoteOutcome.Rejected("PAYMENT_DECLINED");
            case 2 -> new RemoteOutcome.Pending("krn:payment:eu1:payment-request:" + unique,
                    "https://pay.klarna.example/requests/" + unique);
            default -> new RemoteOutcome.Errored("timeout after 10 s");
        });
    }

    /** One payment command of any kind. */
    public static Gen<PaymentCommand> paymentCommands() {
        Gen<PaymentCommand> record = remoteOutcomes().map(outcome -> new PaymentCommand.Record(outcome));
        Gen<PaymentCommand> completed = uniqueParts().map(unique -> new PaymentCommand.CompleteStepUp("krn:payment:eu1:request:" + unique,
                seal("fresh-" + unique)));
        Gen<PaymentCommand> failed = Generate.pick(java.util.List.<PaymentCommand>of(
                new PaymentCommand.FailStepUp("EXPIRED"), new PaymentCommand.FailStepUp("PAYMENT_DECLINED")));
        Gen<PaymentCommand> retry = Generate.constant(new PaymentCommand.Retry());
        return Generate.oneOf(record, record, completed, failed, retry);
    }

    /** Sequences of 1..30 payment commands. */
    public static Gen<List<PaymentCommand>> paymentCommandSequences() {
        return org.quicktheories.generators.SourceDSL.lists().of(paymentCommands()).ofSizeBetween(1, 30)
                .map(commands -> List.ofAll(commands));
    }

    /** One checkout session command of any kind, including the passing of time. */
    public static Gen<CheckoutCommand> checkoutCommands() {
        Gen<Option<Long>> amounts = options(Generate.frequency(
                org.quicktheories.api.Pair.of(1, Generate.constant(0L)),
                org.quicktheories.api.Pair.of(9, longs().between(1, 10_000_000))));
        Gen<Option<String>> references = options(Generate.pick(java.util.List.of("order-2", " ", "x".repeat(256),
                "ref-3")));
        Gen<Boolean> otherCurrency = Generate.frequency(
                org.quicktheories.api.Pair.of(1, Generate.constant(true)),
                org.quicktheories.api.Pair.of(9, Generate.constant(false)));
        Gen<CheckoutCommand> update = amounts.zip(otherCurrency, Generate.enumValues(CheckoutCommand.Items.class),
                        longs().all(), UpdateAmounts::new)
                .zip(references, options(sealedTokens()), options(data()), (head, reference, token, data) ->
                        new CheckoutCommand.Update(head.amountMinorUnits(), head.otherCurrency(), head.items(),
                                head.itemsSeed(), reference, token, data));
        Gen<CheckoutCommand> register = uniqueParts().map(unique -> new CheckoutCommand.RegisterPayment("pay_"
                + unique));
        Gen<CheckoutCommand> wait = longs().between(0, 4 * 3600).map(seconds -> new CheckoutCommand.Wait(seconds));
        return Generate.oneOf(update, update, register, wait, wait, Generate.constant(new CheckoutCommand.Complete()),
                Generate.constant(new CheckoutCommand.ReleasePayment()), Generate.constant(
                        new CheckoutCommand.Cancel()), Generate.constant(new CheckoutCommand.Expire()));
    }

    /** Sequences of 1..40 checkout session commands. */
    public static Gen<List<CheckoutCommand>> checkoutCommandSequences() {
        return org.quicktheories.generators.SourceDSL.lists().of(checkoutCommands()).ofSizeBetween(1, 40)
                .map(commands -> List.ofAll(commands));
    }

    /** Choices for a random walk through a journey: each picks among the allowed actions and their targets. */
    public static Gen<List<Integer>> walkChoices() {
        return org.quicktheories.generators.SourceDSL.lists().of(integers().between(0, 1_000))
                .ofSizeBetween(0, 60).map(choices -> List.ofAll(choices));
    }

    private static <T> T valid(Either<Rejection, Transition<T>> created) {
        return created.getOrElseThrow(rejection -> new IllegalStateException(
                "generator built an invalid aggregate: " + rejection)).next();
    }

    private record Pair<A, B>(A first, B second) {
    }

    private record Amounts(Money amount, Money approved, long tolerance) {
    }

    private record UpdateAmounts(Option<Long> amountMinorUnits, boolean otherCurrency, CheckoutCommand.Items items,
            long itemsSeed) {
    }
}
