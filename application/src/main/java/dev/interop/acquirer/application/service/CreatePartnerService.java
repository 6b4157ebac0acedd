package dev.interop.acquirer.application.service;

import dev.interop.acquirer.application.port.in.CreatePartnerCommand;
import dev.interop.acquirer.application.port.in.CreatePartnerUseCase;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway.OnboardingAnswer;
import dev.interop.acquirer.application.port.out.PartnerAccount;
import dev.interop.acquirer.application.port.out.PartnerRepository;
import dev.interop.acquirer.domain.partner.PartnerId;
import dev.interop.acquirer.domain.partner.PartnerProfile;
import dev.interop.shared.application.port.Clock;
import dev.interop.shared.application.port.EventStore;
import dev.interop.shared.application.port.IdGenerator;
import dev.interop.shared.application.port.TokenGenerator;
import dev.interop.shared.application.port.UnitOfWork;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.shared.application.service.EventRecorder;
import dev.interop.shared.application.service.Transactions;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.domain.DomainEvent;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.network.IntegrationType;
import dev.interop.shared.network.KlarnaClientId;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.shared.token.TokenHash;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Objects;

/**
 * Admin: registers a Partner. The Partner is first onboarded with Klarna through the gateway, outside any
 * transaction (R19), with the new partner id as the onboarding reference, so a retry after a lost answer finds the
 * same Klarna account; then the Partner, its API-key hash and its {@code partner.created} event are written in one
 * unit of work. Klarna unreachable or silent: the exception propagates (503 at the HTTP edge) and nothing is written
 * here; the account Klarna may have made is found again by the next attempt only if it reuses the reference, which
 * a fresh attempt does not, so an orphan account at Klarna is possible and harmless (it has no API key).
 */
public final class CreatePartnerService implements CreatePartnerUseCase {

    /** The prefix of the Partner API keys this Acquiring Partner issues. */
    public static final String API_KEY_PREFIX = "iop_sk_";
    /** The prefix of the Acquiring Partner's partner ids. */
    public static final String PARTNER_ID_PREFIX = "ptr_";

    private static final int MAX_NAME = 200;

    private final PartnerRepository partners;
    private final KlarnaNetworkGateway klarna;
    private final IdGenerator ids;
    private final TokenGenerator secrets;
    private final Clock clock;
    private final EventRecorder events;
    private final UnitOfWork unitOfWork;

    public CreatePartnerService(PartnerRepository partners, KlarnaNetworkGateway klarna, IdGenerator ids,
            TokenGenerator secrets, Clock clock, EventStore eventStore, UnitOfWork unitOfWork) {
        this.partners = Objects.requireNonNull(partners);
        this.klarna = Objects.requireNonNull(klarna);
        this.ids = Objects.requireNonNull(ids);
        this.secrets = Objects.requireNonNull(secrets);
        this.clock = Objects.requireNonNull(clock);
        this.events = new EventRecorder(eventStore, clock);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
    }

    @Override
    public Either<UseCaseError, Result> create(CreatePartnerCommand command) {
        if (command.name().isBlank() || command.name().length() > MAX_NAME) {
            return Either.left(new UseCaseError.Rejected(Rejection.ofField(CommonRejection.INVALID_FIELD, "name",
                    "must have 1.." + MAX_NAME + " characters and not be blank")));
        }
        PartnerId id = new PartnerId(PARTNER_ID_PREFIX + ids.newId());
        OnboardingAnswer answer = klarna.onboardPartner(new KlarnaNetworkGateway.OnboardingCall(id.value(),
                command.name(), command.integrationType(), command.dynamicShipping()));
        if (answer instanceof OnboardingAnswer.Refused refused) {
            return Either.left(new UseCaseError.Rejected(refused.rejection()));
        }
        return register(id, command, (OnboardingAnswer.Onboarded) answer);
    }

    private Either<UseCaseError, Result> register(PartnerId id, CreatePartnerCommand command,
            OnboardingAnswer.Onboarded onboarded) {
        PartnerProfile profile = new PartnerProfile(id, command.name(), command.integrationType(),
                command.dynamicShipping(), onboarded.clientId(), onboarded.accountId());
        String apiKey = secrets.newSecret(API_KEY_PREFIX);
        return Transactions.atomically(unitOfWork, () -> {
            Instant now = clock.now();
            partners.insert(new PartnerAccount(profile, TokenHash.of(apiKey), now));
            events.recordCreation(AcquirerSupport.PARTNER, id.value(),
                    new PartnerCreated(id, profile.name(), profile.integrationType(), profile.dynamicShipping(),
                            profile.klarnaClientId(), profile.klarnaAccountId(), now));
            return Either.right(new Result(profile, apiKey));
        });
    }

    /** An admin registered a Partner (its API key is deliberately absent). */
    public record PartnerCreated(PartnerId partnerId, String name, IntegrationType integrationType, boolean dynamicShipping,
            KlarnaClientId klarnaClientId, PartnerAccountId klarnaAccountId, Instant at) implements DomainEvent {
        @Override
        public String type() {
            return "partner.created";
        }
    }
}
