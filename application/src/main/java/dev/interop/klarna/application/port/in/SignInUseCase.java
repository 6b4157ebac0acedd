package dev.interop.klarna.application.port.in;

import dev.interop.shared.application.port.UseCaseError;

import io.vavr.control.Either;

/** Klarna side, journey 2: issues a customer token with the granted scopes (stored by hash only). */
public interface SignInUseCase {

    Either<UseCaseError, Result> signIn(SignInCommand command);

    /** The customer token, shown once. */
    record Result(String customerToken) {
        @Override
        public String toString() {
            return "Result[customerToken=…]";
        }
    }
}
