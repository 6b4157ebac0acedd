package dev.interop.klarna.application.service;

import dev.interop.shared.application.service.EventRecorder;
import dev.interop.shared.application.service.Transactions;

import dev.interop.klarna.application.port.in.StartPrequalificationCommand;
import dev.interop.klarna.application.port.in.StartPrequalificationUseCase;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.shared.application.port.Clock;
import dev.interop.klarna.application.port.out.CustomerRiskPolicy;
import dev.interop.klarna.application.port.out.CustomerSessionRepository;
import dev.interop.shared.application.port.EventStore;
import dev.interop.shared.application.port.IdGenerator;
import dev.interop.klarna.application.port.out.PartnerAccountRepository;
import dev.interop.shared.application.port.TokenGenerator;
import dev.interop.shared.application.port.UnitOfWork;
import dev.interop.klarna.domain.session.BoostFeature;
import dev.interop.klarna.domain.session.CustomerIdentity;
import dev.interop.klarna.domain.session.CustomerSessionId;
import dev.interop.klarna.domain.session.PreQualification;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.domain.Money;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Objects;

/**
 * Journey 1's start: On-site messaging. Starts an {@code ON_SITE_MESSAGING} session for the client id's Partner, asks
 * the risk policy to pre-qualify the customer, records the result (the token rotates, R3) and answers the current
 * token. Input refusals: an e-mail address that is not one ({@code customer.email}), an amount that is not positive
 * ({@code amount}) or not in the given currency ({@code currency}).
 */
public final class StartPrequalificationService implements StartPrequalificationUseCase {

    private final PartnerAccountRepository partners;
    private final KlarnaSessions sessions;
    private final CustomerRiskPolicy risk;
    private final IdGenerator ids;
    private final TokenGenerator secrets;
    private final Clock clock;
    private final UnitOfWork unitOfWork;
    private final KlarnaSettings settings;

    public StartPrequalificationService(PartnerAccountRepository partners, CustomerSessionRepository sessions,
            CustomerRiskPolicy risk, IdGenerator ids, TokenGenerator secrets, Clock clock, EventStore eventStore,
            UnitOfWork unitOfWork, KlarnaSettings settings) {
        this.partners = Objects.requireNonNull(partners);
        this.sessions = new KlarnaSessions(sessions, new EventRecorder(eventStore, clock));
        this.risk = Objects.requireNonNull(risk);
        this.ids = Objects.requireNonNull(ids);
        this.secrets = Objects.requireNonNull(secrets);
        this.clock = Objects.requireNonNull(clock);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
        this.settings = Objects.requireNonNull(settings);
    }

    @Override
    public Either<UseCaseError, Result> start(StartPrequalificationCommand command) {
        if (!CustomerIdentity.isValidEmail(command.email())) {
            return KlarnaSupport.rejected(Rejection.ofField(CommonRejection.INVALID_FIELD, "customer.email",
                    "must be an e-mail address"));
        }
        if (command.amount().isDefined()) {
            Money amount = command.amount().get();
            if (!amount.isPositive()) {
                return KlarnaSupport.rejected(Rejection.ofField(CommonRejection.INVALID_AMOUNT, "amount",
                        "must be a positive integer amount in minor units"));
            }
            if (!amount.currency().equals(command.currency())) {
                return KlarnaSupport.rejected(Rejection.ofField(CommonRejection.CURRENCY_MISMATCH, "currency",
                        "must be the amount's currency"));
            }
        }
        return Transactions.atomically(unitOfWork, () -> KlarnaSupport.partnerByClientId(partners, command.clientId())
                .flatMap(partner -> {
                    Instant now = clock.now();
                    PreQualification result = risk.prequalify(command.email(), command.amount(), command.currency());
                    InteroperabilityToken token = KlarnaSupport.newSessionToken(secrets);
                    return sessions.start(CustomerSessionId.of(ids.newId()), partner.id(),
                                    BoostFeature.ON_SITE_MESSAGING, KlarnaSupport.newSessionToken(secrets).hash(), now,
                                    settings.customerSessionTtl())
                            .flatMap(started -> sessions.commit(started.prequalify(result, token.hash(), now)))
                            .map(session -> new Result(session.id(), token, result));
                }));
    }
}
