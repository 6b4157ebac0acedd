package dev.interop.klarna.application.port.out;

import dev.interop.shared.network.PartnerAccountId;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * Klarna's {@code payment.request.state-change.*} notification to the Acquiring Partner, called by Klarna's services
 * while their unit of work is open. In one process the composition's bridge hands it to the AP's handler at once
 * (which commits on its own), so a completed step-up authorizes the waiting payment without the Partner calling
 * again.
 */
public interface PaymentRequestNotifier {

    void stateChanged(PaymentRequestStateChanged notification);

    /**
     * @param token the fresh token, only with {@code COMPLETED} (valid 60 minutes, R6)
     */
    record PaymentRequestStateChanged(PartnerAccountId account, String paymentRequestId,
            PaymentRequestStateKind state, Option<InteroperabilityToken> token, Instant occurredAt) {
        public PaymentRequestStateChanged {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(paymentRequestId, "paymentRequestId");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }
    }
}
