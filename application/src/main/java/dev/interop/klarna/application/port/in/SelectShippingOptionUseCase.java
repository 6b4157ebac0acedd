package dev.interop.klarna.application.port.in;

import dev.interop.shared.application.port.UseCaseError;

import io.vavr.control.Either;

/** Klarna side, dynamic shipping: selects an option of the current address; an unknown one is INVALID_OPTION. */
public interface SelectShippingOptionUseCase {

    Either<UseCaseError, ShippingChangeResult> select(SelectShippingOptionCommand command);
}
