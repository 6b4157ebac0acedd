package dev.interop.klarna.application.port.in;

import dev.interop.shared.application.port.UseCaseError;

import dev.interop.klarna.domain.session.CustomerSessionId;
import dev.interop.klarna.domain.session.PreQualification;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.control.Either;

/**
 * Klarna side, journey 1: starts a customer session from On-site messaging, pre-qualifies the customer through the
 * risk policy and issues the interoperability token the Partner carries to checkout.
 */
public interface StartPrequalificationUseCase {

    Either<UseCaseError, Result> start(StartPrequalificationCommand command);

    record Result(CustomerSessionId sessionId, InteroperabilityToken token, PreQualification prequalification) {
    }
}
