package dev.interop.klarna.application.service;

import dev.interop.klarna.domain.KlarnaRejection;
import dev.interop.shared.application.service.EventRecorder;
import dev.interop.shared.application.service.Transactions;

import dev.interop.klarna.application.port.in.ExchangeCustomerTokenCommand;
import dev.interop.klarna.application.port.in.ExchangeCustomerTokenUseCase;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.shared.application.port.Clock;
import dev.interop.klarna.application.port.out.CustomerSessionRepository;
import dev.interop.klarna.application.port.out.CustomerTokenGrant;
import dev.interop.klarna.application.port.out.CustomerTokenRepository;
import dev.interop.shared.application.port.EventStore;
import dev.interop.shared.application.port.IdGenerator;
import dev.interop.klarna.application.port.out.PartnerAccountRepository;
import dev.interop.shared.application.port.TokenGenerator;
import dev.interop.shared.application.port.UnitOfWork;
import dev.interop.klarna.domain.account.PartnerAccount;
import dev.interop.klarna.domain.session.BoostFeature;
import dev.interop.klarna.domain.session.CustomerSessionId;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.token.InteroperabilityToken;
import dev.interop.shared.token.TokenHash;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Objects;

/**
 * Journey 2: exchanges a customer token for an interoperability token. Starts a {@code SIGN_IN_WITH_KLARNA} session,
 * signs the grant's customer in (the token rotates, R3) and answers the current token. Refusals: a blank customer
 * token ({@code INVALID_FIELD}), an unknown one ({@code TOKEN_UNKNOWN}), one issued to another Partner
 * ({@code TOKEN_OF_ANOTHER_PARTNER}, R1), one without {@code payment:customer_present}
 * ({@code CUSTOMER_TOKEN_SCOPE_MISSING}); a refusal leaves no session behind.
 */
public final class ExchangeCustomerTokenService implements ExchangeCustomerTokenUseCase {

    private final PartnerAccountRepository partners;
    private final CustomerTokenRepository customerTokens;
    private final KlarnaSessions sessions;
    private final IdGenerator ids;
    private final TokenGenerator secrets;
    private final Clock clock;
    private final UnitOfWork unitOfWork;
    private final KlarnaSettings settings;

    public ExchangeCustomerTokenService(PartnerAccountRepository partners, CustomerTokenRepository customerTokens,
            CustomerSessionRepository sessions, IdGenerator ids, TokenGenerator secrets, Clock clock,
            EventStore eventStore, UnitOfWork unitOfWork, KlarnaSettings settings) {
        this.partners = Objects.requireNonNull(partners);
        this.customerTokens = Objects.requireNonNull(customerTokens);
        this.sessions = new KlarnaSessions(sessions, new EventRecorder(eventStore, clock));
        this.ids = Objects.requireNonNull(ids);
        this.secrets = Objects.requireNonNull(secrets);
        this.clock = Objects.requireNonNull(clock);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
        this.settings = Objects.requireNonNull(settings);
    }

    @Override
    public Either<UseCaseError, Result> exchange(ExchangeCustomerTokenCommand command) {
        if (command.customerToken().isBlank()) {
            return KlarnaSupport.rejected(Rejection.ofField(CommonRejection.INVALID_FIELD, "customer_token",
                    "must be a non-empty string"));
        }
        return Transactions.atomically(unitOfWork, () -> KlarnaSupport.partnerByClientId(partners, command.clientId())
                .flatMap(partner -> grantFor(partner, command.customerToken()))
                .flatMap(grant -> {
                    Instant now = clock.now();
                    InteroperabilityToken token = KlarnaSupport.newSessionToken(secrets);
                    return sessions.start(CustomerSessionId.of(ids.newId()), grant.partner(),
                                    BoostFeature.SIGN_IN_WITH_KLARNA, KlarnaSupport.newSessionToken(secrets).hash(),
                                    now, settings.customerSessionTtl())
                            .flatMap(started -> sessions.commit(started.signIn(grant.identity(), token.hash(), now)))
                            .map(session -> new Result(session.id(), token));
                }));
    }

    private Either<UseCaseError, CustomerTokenGrant> grantFor(PartnerAccount partner, String customerToken) {
        return customerTokens.findByHash(TokenHash.of(customerToken))
                .toEither(() -> (UseCaseError) new UseCaseError.Rejected(Rejection.of(KlarnaRejection.TOKEN_UNKNOWN,
                        "the customer token is not known")))
                .flatMap(grant -> grant.partner().equals(partner.id()) ? Either.right(grant)
                        : KlarnaSupport.rejected(Rejection.of(KlarnaRejection.TOKEN_OF_ANOTHER_PARTNER,
                                "the customer token was issued to another partner")));
    }
}
