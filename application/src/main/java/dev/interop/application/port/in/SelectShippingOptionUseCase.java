package dev.interop.application.port.in;

import io.vavr.control.Either;

/** Klarna side, dynamic shipping: selects an option of the current address; an unknown one is INVALID_OPTION. */
public interface SelectShippingOptionUseCase {

    Either<UseCaseError, ShippingChangeResult> select(SelectShippingOptionCommand command);
}
