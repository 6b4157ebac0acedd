package dev.interop.acquirer.domain.checkout;

import dev.interop.acquirer.domain.journey.JourneyKind;
import dev.interop.shared.network.IntegrationType;
import dev.interop.shared.network.KlarnaClientId;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.acquirer.domain.partner.PartnerId;
import dev.interop.acquirer.domain.partner.PartnerProfile;
import dev.interop.shared.network.PresentationInstruction;
import dev.interop.shared.domain.LineItem;
import dev.interop.shared.domain.Money;
import dev.interop.shared.domain.Transition;
import dev.interop.shared.token.InteroperabilityData;
import dev.interop.acquirer.domain.token.SealedToken;
import dev.interop.shared.token.TokenHash;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/** Shared values for the Acquiring Partner side's example tests. */
public final class ApFixtures {

    public static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    public static final PartnerProfile SERVER_SIDE_WITH_DYNAMIC_SHIPPING =
            partner("p_server_dyn", IntegrationType.SERVER_SIDE_ONLY, true);
    public static final PartnerProfile SERVER_SIDE_WITHOUT_DYNAMIC_SHIPPING =
            partner("p_server_static", IntegrationType.SERVER_SIDE_ONLY, false);
    public static final PartnerProfile HOSTED_CHECKOUT = partner("p_hosted", IntegrationType.HOSTED_CHECKOUT, true);

    public static final String PLAIN_TOKEN = "krn:network:eu1:test:session-token:0a1b2c3d4e5f";
    public static final SealedToken SEALED = seal(PLAIN_TOKEN);
    public static final InteroperabilityData DATA = new InteroperabilityData(
            "{\"content_type\":\"application/vnd.klarna.interoperability-data.v2+json\","
                    + "\"content\":{\"operation\":\"payment_request\"}}");

    private ApFixtures() {
    }

    public static PartnerProfile partner(String id, IntegrationType type, boolean dynamicShipping) {
        return new PartnerProfile(new PartnerId(id), "Shop " + id, type, dynamicShipping,
                new KlarnaClientId("klarna_test_client_" + id),
                PartnerAccountId.of("krn:partner:global:account:test:" + id.toUpperCase().replace("_", "")));
    }

    /** A stand-in for the application's sealing port: reversible, but never the plain text. */
    public static SealedToken seal(String plain) {
        String ciphertext = Base64.getEncoder().encodeToString(
                new StringBuilder(plain).reverse().toString().getBytes(StandardCharsets.UTF_8));
        return SealedToken.of(ciphertext, TokenHash.of(plain));
    }

    public static Money eur(long minorUnits) {
        return Money.of(minorUnits, "EUR");
    }

    public static Money sek(long minorUnits) {
        return Money.of(minorUnits, "SEK");
    }

    /** Two line items: goods and shipping, summing to {@code goods + shipping}. */
    public static List<LineItem> items(long goods, long shipping) {
        return List.of(LineItem.of("Sneakers", 1, eur(goods)), LineItem.of("Shipping", 1, eur(shipping)));
    }

    /** An open multi-step session (before the review screen) of 10000 EUR with token, data and line items. */
    public static CheckoutSession reviewSession(PartnerProfile partner, String unique) {
        return CheckoutSession.open(CheckoutSessionId.of(unique), partner, JourneyKind.EXPRESS_CHECKOUT_MULTI_STEP,
                        PresentationInstruction.SHOW_ONLY_KLARNA, eur(10000), Option.some("order-1"), items(9500, 500), Option.some(SEALED),
                        Option.some(DATA), T0, Duration.ofHours(1))
                .map(Transition::next).get();
    }

    /** An open session without a token. */
    public static CheckoutSession plainSession(PartnerProfile partner, String unique, JourneyKind journey) {
        return CheckoutSession.open(CheckoutSessionId.of(unique), partner, journey,
                        PresentationInstruction.SHOW_KLARNA, eur(10000), Option.none(),
                        List.empty(), Option.none(), Option.none(), T0, Duration.ofHours(1))
                .map(Transition::next).get();
    }
}
