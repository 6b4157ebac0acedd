package dev.interop.adapters.http.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.interop.klarna.application.port.in.AuthorizePaymentUseCase;
import dev.interop.klarna.application.port.in.GetPaymentPresentationUseCase;
import dev.interop.klarna.application.port.in.ShippingChangeResult;
import dev.interop.klarna.application.port.in.StartPrequalificationUseCase;
import dev.interop.klarna.application.sandbox.SandboxLinks;
import dev.interop.klarna.domain.account.PartnerAccount;
import dev.interop.klarna.domain.authorization.PaymentTransaction;
import dev.interop.shared.network.KlarnaSessionHint;
import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;
import dev.interop.shared.domain.Money;
import dev.interop.klarna.domain.shipping.ShippingAddress;
import dev.interop.klarna.domain.shipping.ShippingOption;
import dev.interop.klarna.domain.shipping.ShippingQuote;
import dev.interop.klarna.domain.shipping.ShippingSelection;
import dev.interop.shared.token.InteroperabilityToken;
import java.time.Instant;
import java.util.List;

/**
 * The response bodies of the Klarna Network sandbox ({@code /sandbox/klarna}), snake_case, in Klarna's vocabulary.
 * A token appears only in the answer that issues it. The AP-facing {@code /v2} bodies follow docs/klarna-wire.md
 * exactly; what only the sandbox adds sits under a field named {@code sandbox}.
 */
final class SandboxViews {

    private SandboxViews() {
    }

    /** Money as an object. */
    record Amount(long amount, String currency) {
        static Amount of(Money money) {
            return new Amount(money.minorUnits(), money.currency().code());
        }
    }

    /** {@code POST /v1/prequalifications}. */
    record Prequalification(String customerSessionId, String interoperabilityToken, boolean prequalified,
            Amount purchasePower) {
        static Prequalification of(StartPrequalificationUseCase.Result result) {
            return new Prequalification(result.sessionId().krn().value(), result.token().reveal(),
                    result.prequalification().approved(),
                    result.prequalification().purchasePower().map(Amount::of).getOrNull());
        }
    }

    /** {@code POST /v1/sign-ins}. */
    record SignIn(String customerToken) {
        @Override
        public String toString() {
            return "SignIn[customerToken=…]";
        }
    }

    /** {@code POST /v1/interoperability-tokens}. */
    record IssuedToken(String customerSessionId, String interoperabilityToken) {
        @Override
        public String toString() {
            return "IssuedToken[customerSessionId=" + customerSessionId + ", interoperabilityToken=…]";
        }
    }

    /** A shipping address as Klarna sends it. */
    record Address(String streetAddress, String postalCode, String city, String region, String country) {
        static Address of(ShippingAddress address) {
            return new Address(address.streetAddress().getOrNull(), address.postalCode().getOrNull(),
                    address.city().getOrNull(), address.region().getOrNull(), address.country());
        }
    }

    /** A shipping option. */
    record OptionView(String reference, String displayName, long amount) {
        static OptionView of(ShippingOption option) {
            return new OptionView(option.reference(), option.displayName(), option.amount().minorUnits());
        }
    }

    /** The selected shipping of a Payment Request. */
    record Shipping(Address address, OptionView option) {
        static Shipping of(ShippingSelection selection) {
            return new Shipping(Address.of(selection.address()), OptionView.of(selection.option()));
        }
    }

    /**
     * A Payment Request as the customer's side ({@code /v1}: express checkouts and the customer's actions) sees it:
     * state, previous state and reason as Klarna reports them. {@code interoperability_token}
     * is present only in the answer to the customer's approval that completed it; {@code payment_request_url} (the
     * purchase journey the customer is sent to) while the request can still be completed.
     */
    record PaymentRequestBody(String paymentRequestId, String state, String previousState, String stateReason,
            String intent, long amount, String currency, String paymentRequestReference, String customerSessionId,
            List<PartnerViews.LineItemView> lineItems, Shipping shipping, String returnUrl, Instant createdAt,
            Instant expiresAt, long version, String paymentRequestUrl, String interoperabilityToken) {
        static PaymentRequestBody of(PaymentRequest request) {
            return of(request, request.kind().isFinal() ? null : SandboxLinks.paymentRequestUrl(request.id()), null);
        }

        static PaymentRequestBody of(PaymentRequest request, String url, InteroperabilityToken token) {
            return new PaymentRequestBody(request.id().value(), request.kind().name(),
                    request.previousState().map(Enum::name).getOrNull(),
                    request.stateReason().map(Enum::name).getOrNull(), request.intent().name(),
                    request.amount().minorUnits(), request.amount().currency().code(),
                    request.reference().getOrNull(), request.customerSessionId().getOrNull(),
                    request.lineItems().map(PartnerViews.LineItemView::of).toJavaList(),
                    request.shipping().map(Shipping::of).getOrNull(), request.returnUrl().getOrNull(),
                    request.createdAt(), request.expiresAt(), request.version(), url,
                    token == null ? null : token.reveal());
        }

        @Override
        public String toString() {
            return "PaymentRequestBody[paymentRequestId=" + paymentRequestId + ", state=" + state + "]";
        }
    }

    /** The Partner's quote after a shipping change: the new total, the options and the selected one. */
    record ShippingChange(String paymentRequestId, String state, long amount, String currency,
            List<OptionView> shippingOptions, String selectedShippingOption) {
        static ShippingChange of(ShippingChangeResult result) {
            ShippingQuote quote = result.quote();
            return new ShippingChange(result.request().id().value(), result.request().kind().name(),
                    quote.amount().minorUnits(), quote.amount().currency().code(),
                    quote.options().map(OptionView::of).toJavaList(), quote.selectedReference().getOrNull());
        }
    }

    // ---- Klarna's AP-facing face, /v2 (docs/klarna-wire.md); sandbox-only additions sit under "sandbox"

    /** What Klarna tells about the customer session behind the token: where it started and its status. */
    record SessionHint(String origin, String interoperabilityStatus) {
        static SessionHint of(KlarnaSessionHint hint) {
            return new SessionHint(hint.origin().name(), hint.status().name());
        }
    }

    /** The sandbox additions of a presentation: the session behind the token, when one was sent. */
    record PresentationSandbox(SessionHint customerSession) {
    }

    /**
     * {@code GET /v2/accounts/{pid}/payment/presentation}: Klarna's instruction; {@code sandbox.customer_session}
     * only when a token was sent. Which journey a payment follows is the Acquiring Partner's business, not Klarna's.
     */
    record Presentation(String instruction, PresentationSandbox sandbox) {
        static Presentation of(GetPaymentPresentationUseCase.Result result) {
            return new Presentation(result.instruction().name(),
                    result.session().map(hint -> new PresentationSandbox(SessionHint.of(hint))).getOrNull());
        }
    }

    /** How the customer is sent to the purchase journey: {@code HANDOVER}, the only method the sandbox offers. */
    static final String HANDOVER = "HANDOVER";

    /** Where the customer completes a Payment Request. */
    record CustomerInteraction(String method, String paymentRequestId, String paymentRequestUrl) {
        static CustomerInteraction of(PaymentRequestId id, String url) {
            return new CustomerInteraction(HANDOVER, id.value(), url);
        }
    }

    /**
     * A Payment Request's {@code state_context}: the customer interaction while the request is not final, and the
     * fresh {@code klarna_network_session_token} of a completed one while it is valid (only on a read by the
     * Acquiring Partner's credentials).
     */
    record StateContext(CustomerInteraction customerInteraction, String klarnaNetworkSessionToken) {
        StateContext(CustomerInteraction customerInteraction) {
            this(customerInteraction, null);
        }

        static StateContext of(PaymentRequest request) {
            return of(request, null);
        }

        static StateContext of(PaymentRequest request, InteroperabilityToken token) {
            return new StateContext(request.kind().isFinal() ? null
                    : CustomerInteraction.of(request.id(), SandboxLinks.paymentRequestUrl(request.id())),
                    token == null ? null : token.reveal());
        }

        @Override
        public String toString() {
            return "StateContext[customerInteraction=" + customerInteraction + ", token="
                    + (klarnaNetworkSessionToken == null ? "none" : "…") + "]";
        }
    }

    /** The sandbox additions of a Payment Request: what the sandbox keeps beyond Klarna's documented fields. */
    record PaymentRequestSandbox(String intent, String customerSessionId, List<PartnerViews.LineItemView> lineItems,
            Shipping shipping, String returnUrl, long version) {
        static PaymentRequestSandbox of(PaymentRequest request) {
            return new PaymentRequestSandbox(request.intent().name(), request.customerSessionId().getOrNull(),
                    request.lineItems().map(PartnerViews.LineItemView::of).toJavaList(),
                    request.shipping().map(Shipping::of).getOrNull(), request.returnUrl().getOrNull(),
                    request.version());
        }
    }

    /**
     * A Payment Request on {@code /v2} ({@code POST}, {@code GET} and {@code DELETE} of
     * {@code /v2/accounts/{pid}/payment/requests}): Klarna's fields, {@code state_context.customer_interaction} while
     * the request can still be completed, the rest under {@code sandbox}. A token only in a read's
 * {@code state_context}, for a completed request within its 60 minutes.
     */
    record KlarnaPaymentRequest(String paymentRequestId, String state, String previousState, String stateReason,
            String paymentRequestReference, long amount, String currency, Instant createdAt, Instant expiresAt,
            StateContext stateContext, PaymentRequestSandbox sandbox) {
        static KlarnaPaymentRequest of(PaymentRequest request) {
            return of(request, null);
        }

        static KlarnaPaymentRequest of(PaymentRequest request, InteroperabilityToken completionToken) {
            return new KlarnaPaymentRequest(request.id().value(), request.kind().name(),
                    request.previousState().map(Enum::name).getOrNull(),
                    request.stateReason().map(Enum::name).getOrNull(), request.reference().getOrNull(),
                    request.amount().minorUnits(), request.amount().currency().code(), request.createdAt(),
                    request.expiresAt(), StateContext.of(request, completionToken), PaymentRequestSandbox.of(request));
        }
    }

    /** The partner account an onboarding made or found ({@code POST /v2/partner/accounts}). */
    record PartnerAccountBody(String partnerAccountId, String clientId, String partnerAccountReference, String name,
            String integrationType, boolean dynamicShipping, Instant createdAt) {
        static PartnerAccountBody of(PartnerAccount account) {
            return new PartnerAccountBody(account.id().value(), account.clientId().value(), account.reference(),
                    account.name(), account.integrationType().name(), account.dynamicShipping(),
                    account.createdAt());
        }
    }

    /** The transaction an approved authorization created. */
    record Transaction(String paymentTransactionId, String paymentTransactionReference, long amount,
            String currency) {
        static Transaction of(PaymentTransaction transaction) {
            return new Transaction(transaction.id(), transaction.reference().getOrNull(),
                    transaction.amount().minorUnits(), transaction.amount().currency().code());
        }
    }

    /** {@code payment_transaction_response}: the result, its reason ({@code null} unless declined), the transaction. */
    record TransactionResponse(String result, @JsonInclude(JsonInclude.Include.ALWAYS) String resultReason,
            Transaction paymentTransaction) {
    }

    /** The Payment Request a {@code STEP_UP_REQUIRED} answer sends the customer to. */
    record StepUpRequest(String paymentRequestId, String state, Instant expiresAt, StateContext stateContext) {
        static StepUpRequest of(PaymentRequest request, String url) {
            return new StepUpRequest(request.id().value(), request.kind().name(), request.expiresAt(),
                    new StateContext(CustomerInteraction.of(request.id(), url)));
        }
    }

    /** {@code POST /v2/accounts/{pid}/payment/authorize}. */
    record Authorization(TransactionResponse paymentTransactionResponse, StepUpRequest paymentRequest) {
        static Authorization of(AuthorizePaymentUseCase.Outcome outcome) {
            if (outcome instanceof AuthorizePaymentUseCase.Outcome.Approved approved) {
                return new Authorization(new TransactionResponse("APPROVED", null,
                        Transaction.of(approved.transaction())), null);
            }
            if (outcome instanceof AuthorizePaymentUseCase.Outcome.StepUpRequired stepUp) {
                return new Authorization(new TransactionResponse("STEP_UP_REQUIRED", null, null),
                        StepUpRequest.of(stepUp.request(), stepUp.paymentRequestUrl()));
            }
            AuthorizePaymentUseCase.Outcome.Declined declined = (AuthorizePaymentUseCase.Outcome.Declined) outcome;
            return new Authorization(new TransactionResponse("DECLINED", declined.reason(), null), null);
        }
    }
}
