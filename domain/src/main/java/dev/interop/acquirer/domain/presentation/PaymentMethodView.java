package dev.interop.acquirer.domain.presentation;

import java.util.Objects;

/**
 * One payment method as the customer should see it. Invariant: a method is never both preselected and minimized.
 *
 * @param preselected the method is selected when the page opens
 * @param minimized   the method is shown with less prominence (collapsed), so the preselected one stands out
 */
public record PaymentMethodView(PaymentMethodType type, boolean preselected, boolean minimized) {

    public PaymentMethodView {
        Objects.requireNonNull(type, "type");
        if (preselected && minimized) {
            throw new IllegalArgumentException("a preselected method is not minimized");
        }
    }

    public static PaymentMethodView plain(PaymentMethodType type) {
        return new PaymentMethodView(type, false, false);
    }
}
