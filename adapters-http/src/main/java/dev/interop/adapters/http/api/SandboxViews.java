package dev.interop.adapters.http.api;

import dev.interop.klarna.application.port.in.AuthorizePaymentUseCase;
import dev.interop.klarna.application.port.in.GetPaymentPresentationUseCase;
import dev.interop.klarna.application.port.in.ShippingChangeResult;
import dev.interop.klarna.application.port.in.StartPrequalificationUseCase;
import dev.interop.klarna.application.sandbox.SandboxLinks;
import dev.interop.klarna.domain.authorization.PaymentTransaction;
import dev.interop.shared.network.KlarnaSessionHint;
import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
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
 * A token appears only in the answer that issues it.
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
     * A Payment Request: state, previous state and reason as Klarna reports them. {@code interoperability_token}
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

    /** What Klarna tells about the customer session behind the token (a sandbox extension). */
    record SessionHint(String origin, String interoperabilityStatus, String journey) {
        static SessionHint of(KlarnaSessionHint hint) {
            return new SessionHint(hint.origin().name(), hint.status().name(), dev.interop.acquirer.domain.journey.Journeys.kindFor(io.vavr.control.Option.of(hint)).name());
        }
    }

    /** {@code GET /v2/accounts/{pid}/payment/presentation}. */
    record Presentation(String instruction, SessionHint customerSession) {
        static Presentation of(GetPaymentPresentationUseCase.Result result) {
            return new Presentation(result.instruction().name(), result.session().map(SessionHint::of).getOrNull());
        }
    }

    /** A payment transaction Klarna created. */
    record Transaction(String paymentTransactionId, long amount, String currency, String paymentTransactionReference,
            Instant createdAt) {
        static Transaction of(PaymentTransaction transaction) {
            return new Transaction(transaction.id(), transaction.amount().minorUnits(),
                    transaction.amount().currency().code(), transaction.reference().getOrNull(),
                    transaction.createdAt());
        }
    }

    /** {@code POST /v2/accounts/{pid}/payment/authorize}. */
    record Authorization(String result, String resultReason, Transaction paymentTransaction,
            PaymentRequestBody paymentRequest) {
        static Authorization of(AuthorizePaymentUseCase.Outcome outcome) {
            if (outcome instanceof AuthorizePaymentUseCase.Outcome.Approved approved) {
                return new Authorization("APPROVED", null, Transaction.of(approved.transaction()), null);
            }
            if (outcome instanceof AuthorizePaymentUseCase.Outcome.StepUpRequired stepUp) {
                return new Authorization("STEP_UP_REQUIRED", null, null,
                        PaymentRequestBody.of(stepUp.request(), stepUp.paymentRequestUrl(), null));
            }
            AuthorizePaymentUseCase.Outcome.Declined declined = (AuthorizePaymentUseCase.Outcome.Declined) outcome;
            return new Authorization("DECLINED", declined.reason(), null, null);
        }
    }
}
