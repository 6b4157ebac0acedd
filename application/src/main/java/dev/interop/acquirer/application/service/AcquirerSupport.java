package dev.interop.acquirer.application.service;

import dev.interop.shared.application.port.UseCaseError;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway.PresentationAnswer;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway;
import dev.interop.acquirer.application.port.out.PartnerAccount;
import dev.interop.acquirer.application.port.out.PartnerRepository;
import dev.interop.acquirer.domain.checkout.CheckoutSession;
import dev.interop.acquirer.domain.checkout.CheckoutSessionId;
import dev.interop.acquirer.domain.partner.PartnerId;
import dev.interop.acquirer.domain.partner.PartnerProfile;
import dev.interop.acquirer.domain.payment.Payment;
import dev.interop.acquirer.domain.payment.PaymentId;
import dev.interop.shared.domain.Money;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * What the Acquiring Partner's services share: the calling Partner's profile, tenant-scoped reads (another Partner's
 * resource is {@code NotFound}, never "forbidden", so ids cannot be probed) and Klarna's presentation answer as an
 * {@code Either}.
 */
final class AcquirerSupport {

    /** Aggregate type of checkout sessions on the timeline. */
    static final String CHECKOUT_SESSION = "checkout_session";
    /** Aggregate type of partners on the timeline. */
    static final String PARTNER = "partner";
    /** Aggregate type of payments on the timeline. */
    static final String PAYMENT = "payment";

    private AcquirerSupport() {
    }

    static Either<UseCaseError, PartnerProfile> partner(PartnerRepository partners, PartnerId id) {
        return partners.findById(id).map(PartnerAccount::profile)
                .toEither(() -> new UseCaseError.NotFound("partner", id.value()));
    }

    static Either<UseCaseError, CheckoutSession> ownSession(Option<CheckoutSession> found, PartnerId caller,
            CheckoutSessionId id) {
        return found.filter(session -> session.partner().equals(caller))
                .toEither(() -> new UseCaseError.NotFound("checkout session", id.value()));
    }

    static Either<UseCaseError, Payment> ownPayment(Option<Payment> found, PartnerId caller, PaymentId id) {
        return found.filter(payment -> payment.partner().equals(caller))
                .toEither(() -> new UseCaseError.NotFound("payment", id.value()));
    }

    /** A reason from Klarna as a payment keeps it: never blank, at most 1000 characters. */
    static String clip(String reason) {
        String text = reason == null || reason.isBlank() ? "no reason given" : reason;
        return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
    }

    /** Asks Klarna how to present itself for {@code amount} and the token (forwarded unchanged); a refusal is Left. */
    static Either<UseCaseError, PresentationAnswer.Instructed> presentation(KlarnaNetworkGateway klarna,
            PartnerProfile partner, Money amount, Option<String> locale, Option<InteroperabilityToken> token) {
        PresentationAnswer answer = klarna.presentation(
                new KlarnaNetworkGateway.PresentationQuery(partner.klarnaAccountId(), amount, locale, token));
        if (answer instanceof PresentationAnswer.Refused refused) {
            return Either.left(new UseCaseError.Rejected(refused.rejection()));
        }
        return Either.right((PresentationAnswer.Instructed) answer);
    }
}
