package dev.interop.klarna.application.port.in;

import dev.interop.shared.network.KlarnaClientId;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;
import java.util.Objects;

/** The customer leaves the purchase journey (IN_PROGRESS → SUBMITTED, reason PURCHASE_FLOW_ABORTED). The client id names the Partner whose page the customer is on. */
public record AbortPurchaseJourneyCommand(KlarnaClientId clientId, PaymentRequestId paymentRequestId) {

    public AbortPurchaseJourneyCommand {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(paymentRequestId, "paymentRequestId");
    }
}
