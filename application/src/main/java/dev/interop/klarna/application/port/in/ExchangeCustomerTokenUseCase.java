package dev.interop.klarna.application.port.in;

import dev.interop.shared.application.port.UseCaseError;

import dev.interop.klarna.domain.session.CustomerSessionId;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.control.Either;

/**
 * Klarna side, journey 2: starts a signed-in customer session for the customer token's holder and issues its
 * interoperability token. A token of another Partner is refused (R1); the token needs {@code payment:customer_present}.
 */
public interface ExchangeCustomerTokenUseCase {

    Either<UseCaseError, Result> exchange(ExchangeCustomerTokenCommand command);

    record Result(CustomerSessionId sessionId, InteroperabilityToken token) {
    }
}
