package dev.interop.benchmarks.domain;

import dev.interop.shared.network.IntegrationType;
import dev.interop.shared.network.KlarnaClientId;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.acquirer.domain.partner.PartnerId;
import dev.interop.acquirer.domain.partner.PartnerProfile;
import dev.interop.shared.domain.LineItem;
import dev.interop.shared.domain.Money;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.domain.Transition;
import dev.interop.shared.token.InteroperabilityData;
import dev.interop.acquirer.domain.token.SealedToken;
import dev.interop.shared.token.TokenHash;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Fixed values the domain benchmarks share: Partners of both integration types, money, line items, token hashes and
 * a sealed token. Nothing here is random or reads the clock, so every benchmark invocation does the same work.
 */
final class DomainFixtures {

    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    static final PartnerProfile HOSTED = partner("ptr_hosted", IntegrationType.HOSTED_CHECKOUT, false);
    static final PartnerProfile SERVER_SIDE = partner("ptr_server", IntegrationType.SERVER_SIDE_ONLY, true);

    static final String TOKEN_PREFIX = "krn:network:eu1:test:session-token:";
    static final InteroperabilityData DATA = new InteroperabilityData(
            "{\"content_type\":\"application/vnd.klarna.interoperability-data.v2+json\","
                    + "\"content\":{\"operation\":\"payment_request\",\"reference\":\"order-1\"}}");

    private DomainFixtures() {
    }

    static PartnerProfile partner(String id, IntegrationType type, boolean dynamicShipping) {
        return new PartnerProfile(new PartnerId(id), "Shop " + id, type, dynamicShipping,
                new KlarnaClientId("klarna_test_client_" + id),
                PartnerAccountId.of("krn:partner:global:account:test:" + id.toUpperCase().replace("_", "")));
    }

    static Money eur(long minorUnits) {
        return Money.of(minorUnits, "EUR");
    }

    /** Goods plus a shipping line, summing to {@code goods + shipping}. */
    static List<LineItem> items(long goods, long shipping) {
        return List.of(LineItem.of("Sneakers", 1, eur(goods)), LineItem.of("Shipping", 1, eur(shipping)));
    }

    /** The hash of the {@code n}-th token of a journey, as the application would have computed it. */
    static TokenHash hash(int n) {
        return TokenHash.of(TOKEN_PREFIX + "bench-token-" + n);
    }

    /** A stand-in for the application's AES-GCM seal: base64 that is not the plain token. */
    static SealedToken sealed(String plain) {
        String ciphertext = Base64.getEncoder().encodeToString(
                new StringBuilder(plain).reverse().toString().getBytes(StandardCharsets.UTF_8));
        return SealedToken.of(ciphertext, TokenHash.of(plain));
    }

    /** The next aggregate of an accepted transition; a rejection here is a broken fixture, not a measurement. */
    static <T> T next(Either<Rejection, Transition<T>> result) {
        if (result.isLeft()) {
            throw new IllegalStateException("the benchmark's journey was rejected: " + result.getLeft());
        }
        return result.get().next();
    }

    static <T> T accepted(Either<Rejection, T> result) {
        if (result.isLeft()) {
            throw new IllegalStateException("the benchmark's journey was rejected: " + result.getLeft());
        }
        return result.get();
    }
}
