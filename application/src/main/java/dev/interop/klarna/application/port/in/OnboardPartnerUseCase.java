package dev.interop.klarna.application.port.in;

import dev.interop.klarna.domain.account.PartnerAccount;
import dev.interop.shared.application.port.UseCaseError;
import io.vavr.control.Either;

/** Klarna's Partner onboarding: a Partner account with its account id and public client id; idempotent by reference. */
public interface OnboardPartnerUseCase {

    Either<UseCaseError, PartnerAccount> onboard(OnboardPartnerCommand command);
}
