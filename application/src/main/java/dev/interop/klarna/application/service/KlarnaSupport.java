package dev.interop.klarna.application.service;

import dev.interop.shared.application.port.UseCaseError;
import dev.interop.klarna.application.port.out.PartnerAccountRepository;
import dev.interop.klarna.application.port.out.PaymentRequestNotifier;
import dev.interop.klarna.application.port.out.PaymentRequestNotifier.PaymentRequestStateChanged;
import dev.interop.shared.application.port.TokenGenerator;
import dev.interop.shared.network.KlarnaInteroperabilityStatus;
import dev.interop.shared.network.KlarnaSessionHint;
import dev.interop.shared.network.KlarnaSessionOrigin;
import dev.interop.shared.network.KlarnaClientId;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.klarna.domain.account.PartnerAccount;
import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import dev.interop.klarna.domain.session.CustomerSession;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;

/** Lookups and mappings every Klarna-side use case shares. */
final class KlarnaSupport {

    private KlarnaSupport() {
    }

    /**
     * The Partner whose web page presents this public client id (Boost features and the customer's actions). An
     * unknown client id is {@code Unauthenticated}: it is the only thing that identifies the caller.
     */
    static Either<UseCaseError, PartnerAccount> partnerByClientId(PartnerAccountRepository partners,
            KlarnaClientId clientId) {
        return partners.findByClientId(clientId)
                .toEither(() -> new UseCaseError.Unauthenticated("the client id is not known to Klarna"));
    }

    /** The Partner whose Klarna account the Acquiring Partner acts for; an unknown account is {@code NotFound}. */
    static Either<UseCaseError, PartnerAccount> partnerByAccount(PartnerAccountRepository partners,
            PartnerAccountId account) {
        return partners.findById(account)
                .toEither(() -> new UseCaseError.NotFound("partner account", account.value()));
    }

    static <T> Either<UseCaseError, T> rejected(Rejection rejection) {
        return Either.left(new UseCaseError.Rejected(rejection));
    }

    static <T> Either<UseCaseError, T> lift(Either<Rejection, T> result) {
        return result.mapLeft(UseCaseError.Rejected::new);
    }

    /** A fresh interoperability token from the secret source (R2); hand it out once, store only its hash. */
    static InteroperabilityToken newSessionToken(TokenGenerator secrets) {
        return InteroperabilityToken.of(secrets.newSecret(KlarnaNaming.SESSION_TOKEN_PREFIX));
    }

    /**
     * What Klarna tells the Acquiring Partner about a resolved session: its origin, and its status, except that a
     * market that does not serve the currency makes it {@code PAYMENT_UNSUPPORTED} whatever the session says.
     */
    static KlarnaSessionHint hint(CustomerSession session, boolean marketSupported) {
        KlarnaSessionOrigin origin = switch (session.origin()) {
            case ON_SITE_MESSAGING -> KlarnaSessionOrigin.ON_SITE_MESSAGING;
            case SIGN_IN_WITH_KLARNA -> KlarnaSessionOrigin.SIGN_IN_WITH_KLARNA;
            case EXPRESS_CHECKOUT -> KlarnaSessionOrigin.EXPRESS_CHECKOUT;
            case MARKETING -> KlarnaSessionOrigin.MARKETING;
        };
        KlarnaInteroperabilityStatus status = !marketSupported ? KlarnaInteroperabilityStatus.PAYMENT_UNSUPPORTED
                : switch (session.status()) {
                    case PAYMENT_SUPPORTED -> KlarnaInteroperabilityStatus.PAYMENT_SUPPORTED;
                    case PAYMENT_PREPARED -> KlarnaInteroperabilityStatus.PAYMENT_PREPARED;
                    case PAYMENT_PENDING_CONFIRMATION -> KlarnaInteroperabilityStatus.PAYMENT_PENDING_CONFIRMATION;
                    case PAYMENT_UNSUPPORTED -> KlarnaInteroperabilityStatus.PAYMENT_UNSUPPORTED;
                };
        return KlarnaSessionHint.of(origin, status);
    }

    /**
     * Tells the Acquiring Partner that {@code request} reached its current state; called inside Klarna's unit of work,
     * so a notifier that throws undoes Klarna's change too. {@code token} goes only with {@code COMPLETED}.
     */
    static void notifyStateChange(PaymentRequestNotifier notifier, PartnerAccountId account, PaymentRequest request,
            Option<InteroperabilityToken> token, Instant now) {
        notifier.stateChanged(new PaymentRequestStateChanged(account, request.id().value(), request.kind(), token,
                now));
    }
}
