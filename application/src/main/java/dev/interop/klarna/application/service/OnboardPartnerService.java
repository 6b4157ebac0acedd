package dev.interop.klarna.application.service;

import dev.interop.klarna.application.port.in.OnboardPartnerCommand;
import dev.interop.klarna.application.port.in.OnboardPartnerUseCase;
import dev.interop.klarna.application.port.out.PartnerAccountRepository;
import dev.interop.klarna.domain.account.PartnerAccount;
import dev.interop.shared.application.port.Clock;
import dev.interop.shared.application.port.EventStore;
import dev.interop.shared.application.port.IdGenerator;
import dev.interop.shared.application.port.UnitOfWork;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.shared.application.service.EventRecorder;
import dev.interop.shared.application.service.Transactions;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.network.KlarnaClientId;
import dev.interop.shared.network.PartnerAccountId;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Onboards a Partner: a fresh account id ({@code krn:partner:global:account:test:…}) and client id, in one unit of work
 * with its {@code partner_account.created} event. The reference is 1..200 characters; a reference seen before answers
 * the existing account unchanged (the call is safe to retry after a lost answer).
 */
public final class OnboardPartnerService implements OnboardPartnerUseCase {

    private static final int MAX_TEXT = 200;

    private final PartnerAccountRepository accounts;
    private final IdGenerator ids;
    private final Clock clock;
    private final EventRecorder events;
    private final UnitOfWork unitOfWork;

    public OnboardPartnerService(PartnerAccountRepository accounts, IdGenerator ids, Clock clock,
            EventStore eventStore, UnitOfWork unitOfWork) {
        this.accounts = Objects.requireNonNull(accounts);
        this.ids = Objects.requireNonNull(ids);
        this.clock = Objects.requireNonNull(clock);
        this.events = new EventRecorder(eventStore, clock);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
    }

    @Override
    public Either<UseCaseError, Result> onboardOrFind(OnboardPartnerCommand command) {
        if (command.name().isBlank() || command.name().length() > MAX_TEXT) {
            return KlarnaSupport.rejected(Rejection.ofField(CommonRejection.INVALID_FIELD, "name",
                    "must have 1.." + MAX_TEXT + " characters and not be blank"));
        }
        if (command.reference().isBlank() || command.reference().length() > MAX_TEXT) {
            return KlarnaSupport.rejected(Rejection.ofField(CommonRejection.INVALID_FIELD, "partner_reference",
                    "must have 1.." + MAX_TEXT + " characters and not be blank"));
        }
        return Transactions.atomically(unitOfWork, () -> {
            var existing = accounts.findByReference(command.reference());
            if (existing.isDefined()) {
                return Either.right(new Result(existing.get(), false));
            }
            String unique = ids.newId();
            Instant now = clock.now();
            PartnerAccount account = new PartnerAccount(
                    PartnerAccountId.of(KlarnaNaming.ACCOUNT_ID_PREFIX
                            + unique.toUpperCase(Locale.ROOT).replace("-", "")),
                    new KlarnaClientId(KlarnaNaming.CLIENT_ID_PREFIX + unique), command.reference(), command.name(),
                    command.integrationType(), command.dynamicShipping(), now);
            accounts.insert(account);
            events.recordCreation(KlarnaEvents.PARTNER_ACCOUNT, account.id().value(),
                    new KlarnaEvents.PartnerAccountCreated(account.id(), account.clientId(), account.reference(),
                            account.name(), account.integrationType(), account.dynamicShipping(), now));
            return Either.right(new Result(account, true));
        });
    }
}
