package dev.interop.acquirer.application.port.in;

import dev.interop.shared.application.port.RunIdempotentlyUseCase;

/**
 * The Acquiring Partner's use cases as one bundle, the face an adapter (HTTP, an embedder's own) drives. Built by the
 * composition ({@code dev.interop.composition.AcquirerSide}); adapters depend on this interface, never on the
 * wiring.
 */
public interface AcquirerApi {

    CreatePartnerUseCase createPartner();

    AuthenticatePartnerUseCase authenticatePartner();

    GetPaymentMethodsUseCase getPaymentMethods();

    CreateCheckoutSessionUseCase createCheckoutSession();

    GetCheckoutSessionUseCase getCheckoutSession();

    UpdateCheckoutSessionUseCase updateCheckoutSession();

    SubmitPaymentUseCase submitPayment();

    GetPaymentUseCase getPayment();

    GetTimelineUseCase getTimeline();

    /** Klarna's Payment Request notifications, from the in-process bridge or the HTTP notification endpoint. */
    HandlePaymentRequestUpdateUseCase handlePaymentRequestUpdate();

    ExpireDueUseCase expireDue();

    /** Settles payments whose outcome is unknown or overdue by asking Klarna again (R17). */
    ReconcilePaymentsUseCase reconcilePayments();

    RunIdempotentlyUseCase runIdempotently();
}
