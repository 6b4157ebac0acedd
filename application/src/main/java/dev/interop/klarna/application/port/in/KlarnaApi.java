package dev.interop.klarna.application.port.in;

import dev.interop.shared.application.port.RunIdempotentlyUseCase;

/**
 * Klarna's side (the sandbox) as one bundle of use cases: the Boost features and the customer's actions, and the
 * AP-facing API. Built by the composition ({@code dev.interop.composition.KlarnaSide}); adapters depend on this
 * interface, never on the wiring.
 */
public interface KlarnaApi {

    OnboardPartnerUseCase onboardPartner();

    StartPrequalificationUseCase startPrequalification();

    SignInUseCase signIn();

    ExchangeCustomerTokenUseCase exchangeCustomerToken();

    StartExpressCheckoutUseCase startExpressCheckout();

    StartPurchaseJourneyUseCase startPurchaseJourney();

    AbortPurchaseJourneyUseCase abortPurchaseJourney();

    DeclinePurchaseUseCase declinePurchase();

    ApprovePurchaseUseCase approvePurchase();

    ChangeShippingAddressUseCase changeShippingAddress();

    SelectShippingOptionUseCase selectShippingOption();

    GetPaymentPresentationUseCase getPaymentPresentation();

    AuthorizePaymentUseCase authorizePayment();

    CreatePaymentRequestUseCase createPaymentRequest();

    GetPaymentRequestUseCase getPaymentRequest();

    CancelPaymentRequestUseCase cancelPaymentRequest();

    ExpireDueUseCase expireDue();

    /** Klarna's Notifications API: the Acquiring Partner's webhook registrations and their signing keys. */
    RegisterWebhookUseCase registerWebhook();

    ListWebhooksUseCase listWebhooks();

    DeleteWebhookUseCase deleteWebhook();

    RotateSigningKeyUseCase rotateSigningKey();

    /** Posts due notifications from the outbox (call it on a schedule, outside any unit of work). */
    DeliverNotificationsUseCase deliverNotifications();

    /** R13 for Klarna's API: {@code Klarna-Idempotency-Key} on every POST. */
    RunIdempotentlyUseCase runIdempotently();
}
