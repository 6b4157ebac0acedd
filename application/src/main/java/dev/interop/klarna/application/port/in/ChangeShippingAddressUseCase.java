package dev.interop.klarna.application.port.in;

import dev.interop.shared.application.port.UseCaseError;

import io.vavr.control.Either;

/**
 * Klarna side, dynamic shipping: asks the Partner's shipping quotes for the new address; the quote's total becomes
 * the request's amount. A Partner's rejection (country, postal code, city, region, address) is a {@code Rejected}
 * with that code and changes nothing.
 */
public interface ChangeShippingAddressUseCase {

    Either<UseCaseError, ShippingChangeResult> change(ChangeShippingAddressCommand command);
}
