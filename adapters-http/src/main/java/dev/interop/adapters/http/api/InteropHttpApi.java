package dev.interop.adapters.http.api;

import dev.interop.adapters.http.Routes;
import dev.interop.adapters.http.SecretCheck;
import dev.interop.acquirer.application.port.in.AcquirerApi;
import dev.interop.acquirer.application.port.out.NotificationKeys;
import dev.interop.shared.application.port.Clock;
import dev.interop.klarna.application.port.in.KlarnaApi;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The HTTP face of an {@link AcquirerApi} and a {@link KlarnaApi}: the routes of the three faces for
 * {@link dev.interop.adapters.http.HttpServerFactory#create}.
 *
 * <pre>{@code
 * Interop interop = Interop.inMemory(); // from dev.interop.composition
 * HttpServer server = HttpServerFactory.create(settings, registry, readiness,
 *         InteropHttpApi.routes(interop.acquirer(), interop.klarna(), () -> adminKey, () -> klarnaApiKey, registry));
 * }</pre>
 *
 * The keys are read on every request (so they may rotate); the registry receives the journey counters of
 * {@link JourneyMetrics}.
 */
public final class InteropHttpApi {

    private InteropHttpApi() {
    }

    /** The admin, Partner API and Klarna sandbox routes, with the keys given in plain text. */
    public static List<Routes> routes(AcquirerApi acquirer, KlarnaApi klarna, Supplier<String> adminKey,
            Supplier<String> klarnaApiKey, MeterRegistry registry) {
        return routes(acquirer, klarna, SecretCheck.equalTo(adminKey), SecretCheck.equalTo(klarnaApiKey), registry);
    }

    /** The admin, Partner API and Klarna sandbox routes of {@code interop}, the keys checked by {@code SecretCheck}s. */
    public static List<Routes> routes(AcquirerApi acquirer, KlarnaApi klarna, SecretCheck adminKey,
            SecretCheck klarnaApiKey, MeterRegistry registry) {
        Objects.requireNonNull(acquirer, "acquirer");
        Objects.requireNonNull(klarna, "klarna");
        return List.of(admin(acquirer, adminKey), partnerApi(acquirer, registry), klarnaSandbox(klarna, klarnaApiKey));
    }

    /** {@code /admin/v1}. */
    public static AdminController admin(AcquirerApi interop, SecretCheck adminKey) {
        return new AdminController(interop.createPartner(), interop.runIdempotently(), adminKey);
    }

    /** {@code /v1}. */
    public static PartnerApiController partnerApi(AcquirerApi interop, MeterRegistry registry) {
        return new PartnerApiController(new PartnerApiController.UseCases(interop.authenticatePartner(),
                interop.getPaymentMethods(), interop.createCheckoutSession(), interop.getCheckoutSession(),
                interop.updateCheckoutSession(), interop.submitPayment(), interop.getPayment(),
                interop.getTimeline(), interop.runIdempotently()), new JourneyMetrics(registry));
    }

    /** {@code /sandbox/klarna}. */
    public static KlarnaSandboxController klarnaSandbox(KlarnaApi interop, SecretCheck klarnaApiKey) {
        return new KlarnaSandboxController(new KlarnaSandboxController.UseCases(interop.onboardPartner(),
                interop.startPrequalification(), interop.signIn(), interop.exchangeCustomerToken(),
                interop.startExpressCheckout(), interop.startPurchaseJourney(), interop.changeShippingAddress(),
                interop.selectShippingOption(), interop.approvePurchase(), interop.abortPurchaseJourney(),
                interop.declinePurchase(), interop.getPaymentPresentation(), interop.authorizePayment(),
                interop.createPaymentRequest(), interop.getPaymentRequest(), interop.cancelPaymentRequest(),
                interop.runIdempotently()),
                klarnaApiKey);
    }

    /** Role {@code acquirer}: admin, the Partner API, and the endpoint of Klarna's signed notifications. */
    public static List<Routes> acquirerRoutes(AcquirerApi acquirer, SecretCheck adminKey, NotificationKeys keys,
            Clock clock, MeterRegistry registry) {
        return List.of(admin(acquirer, adminKey), partnerApi(acquirer, registry),
                new KlarnaNotificationController(acquirer.handlePaymentRequestUpdate(), keys, clock));
    }

    /** Role {@code klarna-sandbox}: the sandbox and its Notifications API. */
    public static List<Routes> klarnaRoutes(KlarnaApi klarna, SecretCheck klarnaApiKey) {
        return List.of(klarnaSandbox(klarna, klarnaApiKey), new KlarnaWebhooksController(
                new KlarnaWebhooksController.UseCases(klarna.registerWebhook(), klarna.listWebhooks(),
                        klarna.deleteWebhook(), klarna.rotateSigningKey(), klarna.runIdempotently()), klarnaApiKey));
    }
}
