package dev.interop.acquirer.domain.presentation;

/** The payment methods an Acquiring Partner offers at checkout; which ones and in what order is configured. */
public enum PaymentMethodType {
    KLARNA,
    CARD,
    PAYPAL,
    BANK_TRANSFER
}
