package dev.interop.acquirer.application.service;

import dev.interop.acquirer.application.port.in.AuthenticatePartnerCommand;
import dev.interop.acquirer.application.port.in.AuthenticatePartnerUseCase;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.acquirer.application.port.out.PartnerAccount;
import dev.interop.acquirer.application.port.out.PartnerRepository;
import dev.interop.acquirer.domain.partner.PartnerProfile;
import dev.interop.shared.token.TokenHash;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * Finds the Partner an API key belongs to by the key's hash (R2: keys are never stored, the hash lookup compares
 * digests, not keys). A blank or unknown key is {@code Unauthenticated}, with the same sentence either way.
 */
public final class AuthenticatePartnerService implements AuthenticatePartnerUseCase {

    private final PartnerRepository partners;

    public AuthenticatePartnerService(PartnerRepository partners) {
        this.partners = Objects.requireNonNull(partners);
    }

    @Override
    public Either<UseCaseError, PartnerProfile> authenticate(AuthenticatePartnerCommand command) {
        if (command.apiKey().isBlank()) {
            return Either.left(unauthenticated());
        }
        return partners.findByApiKeyHash(TokenHash.of(command.apiKey())).map(PartnerAccount::profile)
                .toEither(AuthenticatePartnerService::unauthenticated);
    }

    private static UseCaseError unauthenticated() {
        return new UseCaseError.Unauthenticated("the API key is missing or not valid");
    }
}
