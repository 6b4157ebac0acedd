/**
 * In-ports: one use case per verb, each an interface with one method taking a command record and answering
 * {@code Either<UseCaseError, Result>}. Expected failures are {@link dev.interop.shared.application.port.UseCaseError}
 * values; only infrastructure failures are exceptions.
 */
package dev.interop.klarna.application.port.in;

import dev.interop.shared.application.port.UseCaseError;
