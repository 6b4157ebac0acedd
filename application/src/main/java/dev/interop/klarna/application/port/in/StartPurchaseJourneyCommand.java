package dev.interop.klarna.application.port.in;

import dev.interop.shared.network.KlarnaClientId;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;
import java.util.Objects;

/** The customer enters Klarna's purchase journey (SUBMITTED → IN_PROGRESS). The client id names the Partner whose page the customer is on. */
public record StartPurchaseJourneyCommand(KlarnaClientId clientId, PaymentRequestId paymentRequestId) {

    public StartPurchaseJourneyCommand {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(paymentRequestId, "paymentRequestId");
    }
}
