package dev.interop.klarna.application.port.in;

import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import dev.interop.klarna.domain.shipping.ShippingQuote;
import java.util.Objects;

/** The Payment Request after a shipping change and the Partner's quote (new total, options, selected option). */
public record ShippingChangeResult(PaymentRequest request, ShippingQuote quote) {

    public ShippingChangeResult {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(quote, "quote");
    }
}
