package dev.interop.klarna.application.port.in;

import dev.interop.shared.network.KlarnaClientId;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * The customer approves the purchase in Klarna's journey. {@code email} identifies a customer the session does not
 * know yet (express checkout); a signed-in session's customer is used otherwise.
 */
public record ApprovePurchaseCommand(KlarnaClientId clientId, PaymentRequestId paymentRequestId,
        Option<String> email) {

    public ApprovePurchaseCommand {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(paymentRequestId, "paymentRequestId");
        Objects.requireNonNull(email, "email");
    }
}
