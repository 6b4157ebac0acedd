package dev.interop.application.service;

import dev.interop.application.port.in.CreatePartnerCommand;
import dev.interop.application.port.in.CreatePartnerUseCase;
import dev.interop.application.port.in.UseCaseError;
import dev.interop.application.port.out.Clock;
import dev.interop.application.port.out.EventStore;
import dev.interop.application.port.out.IdGenerator;
import dev.interop.application.port.out.PartnerAccount;
import dev.interop.application.port.out.PartnerRepository;
import dev.interop.application.port.out.TokenGenerator;
import dev.interop.application.port.out.UnitOfWork;
import dev.interop.domain.partner.KlarnaClientId;
import dev.interop.domain.partner.PartnerAccountId;
import dev.interop.domain.partner.PartnerId;
import dev.interop.domain.partner.PartnerProfile;
import dev.interop.domain.shared.Rejection;
import dev.interop.domain.shared.RejectionCode;
import dev.interop.domain.token.TokenHash;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Registers a Partner. One unique part from the id generator makes all its ids: {@code ptr_<id>}, the client id
 * {@code klarna_test_client_<id>} and the account KRN {@code krn:partner:global:account:test:<ID>} (upper case, no
 * dashes). The API key ({@code iop_sk_…}) comes from the secret source, is answered once and stored only as its hash
 * (R2). A name that is blank or longer than 200 characters is {@code INVALID_FIELD} naming {@code name}.
 */
public final class CreatePartnerService implements CreatePartnerUseCase {

    private static final int MAX_NAME = 200;

    private final PartnerRepository partners;
    private final IdGenerator ids;
    private final TokenGenerator secrets;
    private final Clock clock;
    private final EventRecorder events;
    private final UnitOfWork unitOfWork;

    public CreatePartnerService(PartnerRepository partners, IdGenerator ids, TokenGenerator secrets, Clock clock,
            EventStore eventStore, UnitOfWork unitOfWork) {
        this.partners = Objects.requireNonNull(partners);
        this.ids = Objects.requireNonNull(ids);
        this.secrets = Objects.requireNonNull(secrets);
        this.clock = Objects.requireNonNull(clock);
        this.events = new EventRecorder(eventStore, clock);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
    }

    @Override
    public Either<UseCaseError, Result> create(CreatePartnerCommand command) {
        if (command.name().isBlank() || command.name().length() > MAX_NAME) {
            return KlarnaSupport.rejected(Rejection.ofField(RejectionCode.INVALID_FIELD, "name",
                    "must have 1.." + MAX_NAME + " characters and not be blank"));
        }
        return Transactions.atomically(unitOfWork, () -> {
            String unique = ids.newId();
            PartnerProfile profile = new PartnerProfile(new PartnerId(KlarnaNaming.PARTNER_ID_PREFIX + unique),
                    command.name(), command.integrationType(), command.dynamicShipping(),
                    new KlarnaClientId(KlarnaNaming.CLIENT_ID_PREFIX + unique),
                    PartnerAccountId.of(KlarnaNaming.ACCOUNT_ID_PREFIX
                            + unique.toUpperCase(Locale.ROOT).replace("-", "")));
            String apiKey = secrets.newSecret(KlarnaNaming.API_KEY_PREFIX);
            Instant now = clock.now();
            partners.insert(new PartnerAccount(profile, TokenHash.of(apiKey), now));
            KlarnaEvents.recordCreation(events, KlarnaEvents.PARTNER, profile.id().value(),
                    new KlarnaEvents.PartnerCreated(profile.id(), profile.name(), profile.integrationType(),
                            profile.dynamicShipping(), profile.klarnaClientId(), profile.klarnaAccountId(), now));
            return Either.right(new Result(profile, apiKey));
        });
    }
}
