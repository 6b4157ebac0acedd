package dev.interop.acquirer.application.port.out;

import dev.interop.shared.network.KlarnaSessionHint;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.shared.network.PresentationInstruction;
import dev.interop.shared.domain.Money;
import dev.interop.shared.network.IntegrationType;
import dev.interop.shared.network.KlarnaClientId;
import dev.interop.shared.network.PaymentRequestState;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.token.InteroperabilityData;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * How the Acquiring Partner side reaches Klarna, in the shapes of Klarna's published AP-facing API: Partner onboarding,
 * the Payment Presentation, the orchestrating {@code authorizePayment}, and reading and canceling Payment Requests.
 * Data points travel byte for byte. Three outcomes are kept apart:
 * <ul>
 *   <li>Klarna answered: the returned answer, including {@code Refused} for Klarna's 4xx (nothing happened);</li>
 *   <li>Klarna could not be reached before the request was sent: {@link KlarnaUnreachableException} (nothing happened,
 *       safe to try again later);</li>
 *   <li>the request was (or may have been) sent but no answer came (timeout, 5xx, connection reset):
 *       {@link KlarnaUnavailableException}; the caller records the outcome as unknown ({@code Errored}) and settles
 *       it by asking again with the same idempotency key (R17), never by a second operation.</li>
 * </ul>
 * Implementations: in one process (the composition's in-process gateway) and over HTTP (Klarna's API or the sandbox).
 */
public interface KlarnaNetworkGateway {

    PresentationAnswer presentation(PresentationQuery query);

    AuthorizationAnswer authorize(AuthorizationCall call);

    /** Cancels a Payment Request the AP no longer needs (a Partner canceled the payment); idempotent. */
    void cancelPaymentRequest(PartnerAccountId account, String paymentRequestId);

    /**
     * {@code GET /v2/accounts/{account}/payment/requests/{id}}: the request's state now, so the reconciler can settle a
     * payment whose notification was lost; none when Klarna does not know the request.
     */
    Option<PaymentRequestStatus> readPaymentRequest(PartnerAccountId account, String paymentRequestId);

    /**
     * Partner onboarding: Klarna creates (or, for a reference it has seen, returns) the Partner's account and tells its
     * account id and public client id.
     */
    OnboardingAnswer onboardPartner(OnboardingCall call);

    /** The AP's own id for the Partner as {@code reference} (idempotency), and the facts Klarna's journeys need. */
    record OnboardingCall(String reference, String name, IntegrationType integrationType, boolean dynamicShipping) {
        public OnboardingCall {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(integrationType, "integrationType");
        }
    }

    sealed interface OnboardingAnswer {
        record Onboarded(PartnerAccountId accountId, KlarnaClientId clientId) implements OnboardingAnswer {
        }

        record Refused(Rejection rejection) implements OnboardingAnswer {
        }
    }

    /**
     * A Payment Request as Klarna reports it: its state by Klarna's name ({@code SUBMITTED}, {@code IN_PROGRESS},
     * {@code COMPLETED}, {@code CANCELED}, {@code EXPIRED}, {@code DECLINED}) and, once {@code COMPLETED}, the fresh
     * token for the final authorization.
     */
    record PaymentRequestStatus(String paymentRequestId, PaymentRequestState state,
            Option<InteroperabilityToken> token) {
        public PaymentRequestStatus {
            Objects.requireNonNull(paymentRequestId, "paymentRequestId");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(token, "token");
        }
    }

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
