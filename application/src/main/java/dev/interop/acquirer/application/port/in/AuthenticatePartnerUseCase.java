package dev.interop.acquirer.application.port.in;

import dev.interop.shared.application.port.UseCaseError;

import dev.interop.acquirer.domain.partner.PartnerProfile;
import io.vavr.control.Either;

/** Finds the Partner an API key belongs to, by the key's hash; unknown keys are {@code Unauthenticated}. */
public interface AuthenticatePartnerUseCase {

    Either<UseCaseError, PartnerProfile> authenticate(AuthenticatePartnerCommand command);
}
