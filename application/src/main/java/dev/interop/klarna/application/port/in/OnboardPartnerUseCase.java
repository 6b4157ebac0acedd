package dev.interop.klarna.application.port.in;

import dev.interop.klarna.domain.account.PartnerAccount;
import dev.interop.shared.application.port.UseCaseError;
import io.vavr.control.Either;
import java.util.Objects;

/** Klarna's Partner onboarding: a Partner account with its account id and public client id; idempotent by reference. */
public interface OnboardPartnerUseCase {

    /**
     * The account of the command's reference, and whether this call made it ({@code false}: the reference was seen
     * before, and the account is the one made then, unchanged).
     */
    Either<UseCaseError, Result> onboardOrFind(OnboardPartnerCommand command);

    /** The account of the command's reference, made now or before. */
    default Either<UseCaseError, PartnerAccount> onboard(OnboardPartnerCommand command) {
        return onboardOrFind(command).map(Result::account);
    }

    /** The account, and whether this call created it (HTTP: 201 rather than 200). */
    record Result(PartnerAccount account, boolean created) {
        public Result {
            Objects.requireNonNull(account, "account");
        }
    }
}
