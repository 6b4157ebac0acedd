package dev.interop.application.port.out;

import dev.interop.domain.journey.KlarnaSessionHint;
import dev.interop.domain.partner.PartnerAccountId;
import dev.interop.domain.presentation.PresentationInstruction;
import dev.interop.domain.shared.Money;
import dev.interop.domain.shared.Rejection;
import dev.interop.domain.token.InteroperabilityData;
import dev.interop.domain.token.InteroperabilityToken;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * How the Acquiring Partner side reaches Klarna: the Payment Presentation and the orchestrating
 * {@code authorizePayment} of Klarna's AP-facing API. Data points travel byte for byte. A call that fails without a
 * known outcome (timeout, 5xx) throws {@link KlarnaUnavailableException}, and the caller records the outcome as
 * unknown ({@code Errored}) rather than guessing.
 */
public interface KlarnaNetworkGateway {

    PresentationAnswer presentation(PresentationQuery query);

    AuthorizationAnswer authorize(AuthorizationCall call);

    /** Cancels a Payment Request the AP no longer needs (a Partner canceled the payment); idempotent. */
    void cancelPaymentRequest(PartnerAccountId account, String paymentRequestId);

    /** {@code GET /v2/accounts/{account}/payment/presentation}. */
    record PresentationQuery(PartnerAccountId account, Money amount, Option<String> locale,
            Option<InteroperabilityToken> token) {
        public PresentationQuery {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(locale, "locale");
            Objects.requireNonNull(token, "token");
        }
    }

    /** Klarna's instruction, and (sandbox extension) what Klarna knows of the session, to tell the journey. */
    sealed interface PresentationAnswer {
        record Instructed(PresentationInstruction instruction, Option<KlarnaSessionHint> session)
                implements PresentationAnswer {
        }

        /** Klarna refused the token (unknown, another Partner's, consumed, expired). */
        record Refused(Rejection rejection) implements PresentationAnswer {
        }
    }

    /**
     * {@code POST /v2/accounts/{account}/payment/authorize}. Without {@code stepUpReturnUrl} (customer not present)
     * the answer is never {@code StepUpRequired} (R11).
     */
    record AuthorizationCall(PartnerAccountId account, Option<InteroperabilityToken> token, Money amount,
            String reference, Option<InteroperabilityData> data, Option<String> stepUpReturnUrl,
            String idempotencyKey) {
        public AuthorizationCall {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(data, "data");
            Objects.requireNonNull(stepUpReturnUrl, "stepUpReturnUrl");
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        }
    }

    /** Klarna's answer: {@code APPROVED}, {@code STEP_UP_REQUIRED}, {@code DECLINED}, or a refusal of the input. */
    sealed interface AuthorizationAnswer {
        record Approved(String paymentTransactionId) implements AuthorizationAnswer {
        }

        record StepUpRequired(String paymentRequestId, String paymentRequestUrl) implements AuthorizationAnswer {
        }

        record Declined(String reason) implements AuthorizationAnswer {
        }

        record Refused(Rejection rejection) implements AuthorizationAnswer {
        }
    }
}
