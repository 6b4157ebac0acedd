package dev.interop.testkit.klarna.paymentrequest;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.interop.klarna.domain.authorization.AuthorizationContext;
import dev.interop.klarna.domain.authorization.CustomerAssessment;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.klarna.domain.paymentrequest.Intent;
import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;
import dev.interop.shared.domain.CurrencyCode;
import dev.interop.shared.domain.LineItem;
import dev.interop.shared.domain.Money;
import dev.interop.klarna.domain.shipping.DefaultShippingQuotes;
import dev.interop.klarna.domain.shipping.ShippingAddress;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the Payment Request machine and its neighbours: currencies, positive money, line
 * items that sum to their total, TTLs inside and outside the allowed bounds, freshly created requests, command
 * sequences for model-based tests, shipping addresses, customer assessments and authorization contexts.
 *
 * <p>Every generator produces valid domain values (the records' invariants hold); invalid <em>inputs</em> (a TTL out
 * of bounds, a zero amount in an update, line items off by one) are produced on purpose where a generator's name
 * or Javadoc says so. Amounts stay far below {@code Long.MAX_VALUE}, so sums never overflow.
 */
public final class PaymentRequestGenerators {

    /** The earliest instant generated; all generated times lie within about three years after it. */
    public static final Instant EPOCH = Instant.parse("2025-01-01T00:00:00Z");
    /** The largest amount generated for one order, in minor units. */
    public static final long MAX_AMOUNT = 10_000_000;

    private static final java.util.List<String> CURRENCIES = java.util.List.of("EUR", "SEK", "NOK", "DKK", "GBP",
            "USD", "JPY");
    private static final java.util.List<String> UNSUPPORTED_COUNTRIES = java.util.List.of("CH", "PL", "JP", "BR",
            "CA", "AU");

    private PaymentRequestGenerators() {
    }

    /** A simple order: an amount and line items that are either empty or sum exactly to it (R12). */
    public record Order(Money amount, List<LineItem> lineItems) {
        public Order {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(lineItems, "lineItems");
            if (LineItem.checkSum(lineItems, amount, "line_items").isLeft()) {
                throw new IllegalArgumentException("line items sum to the amount");
            }
        }
    }

    /** ISO 4217 currencies the product deals in, including one without minor units (JPY). */
    public static Gen<CurrencyCode> currencies() {
        return Generate.pick(CURRENCIES).map(code -> CurrencyCode.of(code));
    }

    /** Positive money in {@code currency}, 1..{@link #MAX_AMOUNT} minor units. */
    public static Gen<Money> money(CurrencyCode currency) {
        return longs().between(1, MAX_AMOUNT).map(units -> new Money(units, currency));
    }

    /** Positive money in any of {@link #currencies()}. */
    public static Gen<Money> money() {
        return currencies().flatMap(currency -> money(currency));
    }

    /** 1..4 line items in {@code currency} with quantities 1..5 (their sum is their order's amount). */
    public static Gen<List<LineItem>> lineItems(CurrencyCode currency) {
        Gen<LineItem> item = integers().between(1, 99).zip(longs().between(1, 5), longs().between(1, 200_000),
                (n, quantity, unit) -> LineItem.of("Item " + n, quantity, new Money(unit, currency)));
        return lists().of(item).ofSizeBetween(1, 4).map(items -> List.ofAll(items));
    }

    /** Line items of quantity 1 that sum exactly to {@code total}: 1..4 items, fewer when the total is tiny. */
    public static Gen<List<LineItem>> lineItemsSummingTo(Money total) {
        long units = total.minorUnits();
        int maxItems = (int) Math.min(4, units);
        return integers().between(1, maxItems).flatMap(count -> lists()
                .of(longs().between(1, Math.max(1, units - 1))).ofSize(count - 1)
                .map(cuts -> {
                    List<Long> points = List.ofAll(cuts).filter(cut -> cut > 0 && cut < units).distinct().sorted()
                            .prepend(0L).append(units);
                    return points.sliding(2).map(pair -> pair.get(1) - pair.get(0)).toList()
                            .zipWithIndex()
                            .map(part -> LineItem.of("Part " + (part._2 + 1), 1, new Money(part._1, total.currency())));
                }));
    }

    /** Orders in a random currency: a third without line items, the rest with line items summing to the amount. */
    public static Gen<Order> orders() {
        return currencies().flatMap(currency -> Generate.frequency(java.util.List.of(
                Pair.of(1, money(currency).map(amount -> new Order(amount, List.empty()))),
                Pair.of(2, lineItems(currency).map(items -> new Order(
                        Money.sum(items.map(LineItem::totalAmount), currency), items))))));
    }

    /** TTLs within {@link PaymentRequest#MIN_TTL}..{@link PaymentRequest#MAX_TTL}, bounds included, in seconds. */
    public static Gen<Duration> validTtls() {
        long min = PaymentRequest.MIN_TTL.toSeconds();
        long max = PaymentRequest.MAX_TTL.toSeconds();
        return Generate.frequency(java.util.List.of(
                Pair.of(1, Generate.pick(java.util.List.of(min, max))),
                Pair.of(4, longs().between(min, max)))).map(seconds -> Duration.ofSeconds(seconds));
    }

    /** TTLs outside the allowed bounds (including zero and negative ones), by at least one nanosecond. */
    public static Gen<Duration> invalidTtls() {
        return Generate.frequency(java.util.List.of(
                Pair.of(1, Generate.pick(java.util.List.of(PaymentRequest.MIN_TTL.minusNanos(1),
                        PaymentRequest.MAX_TTL.plusNanos(1), Duration.ZERO))),
                Pair.of(2, longs().between(-PaymentRequest.MAX_TTL.toSeconds(), PaymentRequest.MIN_TTL.toSeconds() - 1)
                        .map(seconds -> Duration.ofSeconds(seconds))),
                Pair.of(2, longs().between(PaymentRequest.MAX_TTL.toSeconds() + 1, 30L * 24 * 3600)
                        .map(seconds -> Duration.ofSeconds(seconds)))));
    }

    /** An optional valid TTL: absent (the default applies) a quarter of the time. */
    public static Gen<Option<Duration>> ttls() {
        return Generate.frequency(java.util.List.of(
                Pair.of(1, Generate.constant(Option.<Duration>none())),
                Pair.of(3, validTtls().map(value -> Option.of(value)))));
    }

    /** Instants within about three years after {@link #EPOCH}, whole seconds. */
    public static Gen<Instant> instants() {
        return longs().between(0, 100_000_000).map(seconds -> EPOCH.plusSeconds(seconds));
    }

    /** Payment Request ids with a UUID-shaped unique part. */
    public static Gen<PaymentRequestId> ids() {
        return longs().all().zip(longs().all(), (high, low) -> PaymentRequestId.of(new UUID(high, low).toString()));
    }

    /** Freshly created requests ({@code SUBMITTED}, version 1) with random orders, intents, TTLs and options. */
    public static Gen<PaymentRequest> paymentRequests() {
        Gen<Option<String>> sessions = booleans().all().zip(longs().all(), (present, bits) -> present
                ? Option.of("krn:shopping:eu1:session:" + new UUID(bits, ~bits)) : Option.<String>none());
        Gen<Option<String>> references = integers().between(0, 9_999)
                .map(n -> n % 4 == 0 ? Option.<String>none() : Option.of("order-" + n));
        return ids().zip(orders(), Generate.enumValues(Intent.class), ttls(), instants(),
                (id, order, intent, ttl, now) -> new Creation(id, order, intent, ttl, now))
                .zip(sessions, references, (creation, session, reference) -> PaymentRequest.create(
                        creation.id(), PartnerAccountId.of("krn:partner:global:account:test:partner-1"), session, creation.intent(),
                        creation.order().amount(), reference, creation.order().lineItems(),
                        Option.of("https://shop.example/return/{klarna.payment_request.id}"),
                        creation.ttl(), creation.now())
                        .getOrElseThrow(rejection -> new IllegalStateException("generator bug: " + rejection))
                        .next());
    }

    private record Creation(PaymentRequestId id, Order order, Intent intent, Option<Duration> ttl, Instant now) {
    }

    private record UpdateCore(Duration elapse, long amount, int lineItemCount, boolean lineItemsOff) {
    }

    private record ShippingCore(Duration elapse, ShippingAddress address, String reference, long fee) {
    }

    /**
     * How long passes before a step: mostly seconds to minutes, sometimes hours, and now and then more than a
     * request's longest life, so that sequences cross {@code expiresAt}.
     */
    public static Gen<Duration> elapses() {
        return Generate.frequency(java.util.List.of(
                Pair.of(12, longs().between(0, 900)),
                Pair.of(4, longs().between(900, 4 * 3600)),
                Pair.of(1, longs().between(4 * 3600, 50 * 3600)))).map(seconds -> Duration.ofSeconds(seconds));
    }

    /** Shipping addresses: mostly in the sandbox's supported countries, sometimes partial, sometimes elsewhere. */
    public static Gen<ShippingAddress> shippingAddresses() {
        Gen<String> countries = Generate.frequency(java.util.List.of(
                Pair.of(4, Generate.pick(DefaultShippingQuotes.SUPPORTED_COUNTRIES.toJavaList())),
                Pair.of(1, Generate.pick(UNSUPPORTED_COUNTRIES))));
        return countries.zip(booleans().all(), integers().between(1, 999), (country, full, n) -> full
                ? ShippingAddress.of("Street " + n, String.valueOf(10_000 + n), "City " + n, country)
                : ShippingAddress.ofCountry(country));
    }

    /** Single commands of every action, valid and invalid inputs mixed, weighted towards the happy path. */
    public static Gen<PaymentRequestCommand> commands() {
        Gen<Duration> elapse = elapses();
        Gen<PaymentRequestCommand> start = elapse.map(d -> new PaymentRequestCommand.Start(d));
        Gen<PaymentRequestCommand> abort = elapse.map(d -> new PaymentRequestCommand.Abort(d));
        Gen<PaymentRequestCommand> complete = elapse.zip(integers().between(0, 1_000_000),
                (d, n) -> new PaymentRequestCommand.Complete(d, "token-" + n));
        Gen<PaymentRequestCommand> cancel = elapse.map(d -> new PaymentRequestCommand.Cancel(d));
        Gen<PaymentRequestCommand> expire = elapse.map(d -> new PaymentRequestCommand.Expire(d));
        Gen<PaymentRequestCommand> decline = elapse.map(d -> new PaymentRequestCommand.Decline(d));
        Gen<Option<String>> references = integers().between(0, 20).map(n -> switch (n) {
            case 0 -> Option.of(" ");
            case 1, 2, 3 -> Option.<String>none();
            default -> Option.of("order-" + n);
        });
        Gen<Long> updateAmounts = Generate.frequency(java.util.List.of(
                Pair.of(1, Generate.constant(0L)),
                Pair.of(12, longs().between(1, MAX_AMOUNT))));
        Gen<Boolean> rarely = integers().between(0, 9).map(n -> n == 0);
        Gen<PaymentRequestCommand> update = elapse.zip(updateAmounts, integers().between(0, 4), rarely,
                (d, amount, count, off) -> new UpdateCore(d, amount, count, off))
                .zip(rarely, references, (core, other, reference) -> new PaymentRequestCommand.Update(
                        core.elapse(), core.amount(), core.lineItemCount(), core.lineItemsOff(), other, reference));
        Gen<Long> fees = Generate.frequency(java.util.List.of(
                Pair.of(1, Generate.constant(0L)),
                Pair.of(1, Generate.constant(DefaultShippingQuotes.EXPRESS_MINOR_UNITS)),
                Pair.of(1, longs().between(1, 5_000))));
        Gen<Long> orderUnits = Generate.frequency(java.util.List.of(
                Pair.of(1, Generate.constant(0L)),
                Pair.of(6, longs().between(1, MAX_AMOUNT))));
        Gen<Boolean> mostly = integers().between(0, 4).map(n -> n != 0);
        Gen<PaymentRequestCommand> shipping = elapse.zip(shippingAddresses(),
                Generate.pick(java.util.List.of(DefaultShippingQuotes.STANDARD, DefaultShippingQuotes.EXPRESS)),
                fees, (d, address, reference, fee) -> new ShippingCore(d, address, reference, fee))
                .zip(mostly, orderUnits, rarely, (core, keep, order, other) ->
                        new PaymentRequestCommand.ChangeShipping(core.elapse(), core.address(), core.reference(),
                                core.fee(), keep, order, other));
        return Generate.frequency(java.util.List.of(
                Pair.of(6, start), Pair.of(2, abort), Pair.of(2, complete), Pair.of(1, cancel),
                Pair.of(1, expire), Pair.of(1, decline), Pair.of(3, update), Pair.of(3, shipping)));
    }

    /** Sequences of {@code min..max} commands. */
    public static Gen<List<PaymentRequestCommand>> commandSequences(int min, int max) {
        return lists().of(commands()).ofSizeBetween(min, max).map(items -> List.ofAll(items));
    }

    /** A request together with a command sequence to run against it. */
    public record Scenario(PaymentRequest request, List<PaymentRequestCommand> commands) {
        public Scenario {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(commands, "commands");
        }
    }

    /** Fresh requests with 1..30 commands each. */
    public static Gen<Scenario> scenarios() {
        return paymentRequests().zip(commandSequences(1, 30), (request, commands) -> new Scenario(request, commands));
    }

    /**
     * Customer assessments: approval up to a purchase power in {@code currency} (0..2 × {@link #MAX_AMOUNT} minor
     * units), always step-up, or decline.
     */
    public static Gen<CustomerAssessment> assessments(CurrencyCode currency) {
        Gen<CustomerAssessment> approve = longs().between(0, 2 * MAX_AMOUNT)
                .map(units -> new CustomerAssessment.ApproveUpTo(new Money(units, currency)));
        return Generate.frequency(java.util.List.of(
                Pair.of(3, approve),
                Pair.of(1, Generate.constant(new CustomerAssessment.AlwaysStepUp())),
                Pair.of(1, Generate.constant(new CustomerAssessment.Decline()))));
    }

    /** Customer assessments in any currency. */
    public static Gen<CustomerAssessment> assessments() {
        return currencies().flatMap(currency -> assessments(currency));
    }

    /**
     * Authorization contexts around the interesting edges: the approved amount lies within a few thousand minor
     * units of the amount (sometimes in another currency, sometimes absent), tolerances are mostly zero, step-up is
     * allowed about half the time; an approved amount always comes with a session.
     */
    public static Gen<AuthorizationContext> authorizationContexts() {
        return contexts((amount, tolerance) -> Generate.frequency(java.util.List.of(
                Pair.of(2, Generate.constant(Option.<Money>none())),
                Pair.of(5, longs().between(-3_000, 3_000).map(drift -> Option.of(
                        new Money(Math.max(1, amount.minorUnits() + drift), amount.currency())))),
                Pair.of(1, money(PaymentRequestCommand.otherThan(amount.currency())).map(m -> Option.of(m))))));
    }

    /**
     * Contexts whose amount is at most the approved amount plus the tolerance, in the same currency, often exactly
     * at that limit (R10).
     */
    public static Gen<AuthorizationContext> authorizationContextsWithinApproval() {
        return contexts((amount, tolerance) -> boundaryBiased(0).map(extra -> Option.of(new Money(
                Math.max(1, amount.minorUnits() - tolerance + extra), amount.currency()))));
    }

    /**
     * Contexts whose amount is above the approved amount plus the tolerance by 1..3001 minor units (often exactly
     * one), or whose
     * approval is in another currency when the amount is too small for that (R10).
     */
    public static Gen<AuthorizationContext> authorizationContextsAboveApproval() {
        return contexts((amount, tolerance) -> boundaryBiased(1).zip(
                money(PaymentRequestCommand.otherThan(amount.currency())), (excess, foreign) -> {
                    long approved = amount.minorUnits() - tolerance - excess;
                    return Option.of(approved >= 1 ? new Money(approved, amount.currency()) : foreign);
                }));
    }

    /** Contexts of a customer the risk policy declines. */
    public static Gen<AuthorizationContext> declinedCustomerContexts() {
        return authorizationContexts().map(context -> new AuthorizationContext(context.amount(),
                context.stepUpAllowed(), context.approvedAmount(), context.hasSession(),
                new CustomerAssessment.Decline(), context.toleranceMinorUnits()));
    }

    /** {@code edge} a third of the time, else {@code edge..edge + 3000}. */
    private static Gen<Long> boundaryBiased(long edge) {
        return Generate.frequency(java.util.List.of(
                Pair.of(1, Generate.constant(edge)),
                Pair.of(2, longs().between(edge, edge + 3_000))));
    }

    private static Gen<AuthorizationContext> contexts(
            java.util.function.BiFunction<Money, Long, Gen<Option<Money>>> approvals) {
        Gen<Long> tolerances = Generate.frequency(java.util.List.of(
                Pair.of(3, Generate.constant(0L)),
                Pair.of(1, longs().between(0, 2_000))));
        return money().flatMap(amount -> tolerances.flatMap(tolerance -> approvals.apply(amount, tolerance)
                .zip(booleans().all(), booleans().all(), assessments(amount.currency()),
                        (approval, stepUp, session, assessment) -> new AuthorizationContext(amount, stepUp, approval,
                                approval.isDefined() || session, assessment, tolerance))));
    }
}
