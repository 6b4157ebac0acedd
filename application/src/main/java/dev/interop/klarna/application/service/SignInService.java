package dev.interop.klarna.application.service;

import dev.interop.shared.application.service.Transactions;

import dev.interop.klarna.application.port.in.SignInCommand;
import dev.interop.klarna.application.port.in.SignInUseCase;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.shared.application.port.Clock;
import dev.interop.klarna.application.port.out.CustomerTokenGrant;
import dev.interop.klarna.application.port.out.CustomerTokenRepository;
import dev.interop.shared.application.port.IdGenerator;
import dev.interop.klarna.application.port.out.PartnerAccountRepository;
import dev.interop.shared.application.port.TokenGenerator;
import dev.interop.shared.application.port.UnitOfWork;
import dev.interop.klarna.domain.session.CustomerIdentity;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.token.TokenHash;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Journey 2's start: Sign in with Klarna. Issues a customer token ({@code krn:partner:eu1:test:identity:customer-token:…})
 * to the client id's Partner with the granted scopes; only its hash is stored, in a {@link CustomerTokenGrant} (R2).
 * Input refusals ({@code INVALID_FIELD}): {@code customer.email} not an e-mail address, {@code customer.given_name} or
 * {@code customer.family_name} blank or over 100 characters, {@code scopes} empty.
 */
public final class SignInService implements SignInUseCase {

    private static final int MAX_NAME = 100;

    private final PartnerAccountRepository partners;
    private final CustomerTokenRepository customerTokens;
    private final IdGenerator ids;
    private final TokenGenerator secrets;
    private final Clock clock;
    private final UnitOfWork unitOfWork;

    public SignInService(PartnerAccountRepository partners, CustomerTokenRepository customerTokens, IdGenerator ids,
            TokenGenerator secrets, Clock clock, UnitOfWork unitOfWork) {
        this.partners = Objects.requireNonNull(partners);
        this.customerTokens = Objects.requireNonNull(customerTokens);
        this.ids = Objects.requireNonNull(ids);
        this.secrets = Objects.requireNonNull(secrets);
        this.clock = Objects.requireNonNull(clock);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
    }

    @Override
    public Either<UseCaseError, Result> signIn(SignInCommand command) {
        Option<Rejection> invalid = validate(command);
        if (invalid.isDefined()) {
            return KlarnaSupport.rejected(invalid.get());
        }
        return Transactions.atomically(unitOfWork, () -> KlarnaSupport.partnerByClientId(partners, command.clientId())
                .map(partner -> {
                    String customerToken = secrets.newSecret(KlarnaNaming.CUSTOMER_TOKEN_PREFIX);
                    CustomerIdentity identity = new CustomerIdentity(command.email(), command.givenName(),
                            command.familyName(), KlarnaNaming.CUSTOMER_TOKEN_REFERENCE_PREFIX + ids.newId(),
                            TokenHash.of(customerToken), command.scopes());
                    customerTokens.insert(new CustomerTokenGrant(partner.id(), identity, clock.now()));
                    return new Result(customerToken);
                }));
    }

    private static Option<Rejection> validate(SignInCommand command) {
        if (!CustomerIdentity.isValidEmail(command.email())) {
            return Option.of(Rejection.ofField(CommonRejection.INVALID_FIELD, "customer.email",
                    "must be an e-mail address"));
        }
        if (command.givenName().exists(name -> !isName(name))) {
            return Option.of(Rejection.ofField(CommonRejection.INVALID_FIELD, "customer.given_name",
                    "must have 1.." + MAX_NAME + " characters and not be blank"));
        }
        if (command.familyName().exists(name -> !isName(name))) {
            return Option.of(Rejection.ofField(CommonRejection.INVALID_FIELD, "customer.family_name",
                    "must have 1.." + MAX_NAME + " characters and not be blank"));
        }
        if (command.scopes().isEmpty()) {
            return Option.of(Rejection.ofField(CommonRejection.INVALID_FIELD, "scopes",
                    "must grant at least one scope, such as payment:customer_present"));
        }
        return Option.none();
    }

    private static boolean isName(String name) {
        return !name.isBlank() && name.length() <= MAX_NAME;
    }
}
