package dev.interop.klarna.application.port.in;

import dev.interop.shared.application.port.UseCaseError;

import dev.interop.shared.network.KlarnaSessionHint;
import dev.interop.shared.network.PresentationInstruction;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Klarna side: how the AP must show Klarna (R4) for this amount and, when a token is given, this customer session
 * (resolved under R1, R3, R5, R6; a refused token is a {@code Rejected}). A presentation adds a touch point.
 */
public interface GetPaymentPresentationUseCase {

    Either<UseCaseError, Result> present(GetPaymentPresentationCommand command);

    /** The instruction and, as a sandbox extension, what the session is (to tell the journey). */
    record Result(PresentationInstruction instruction, Option<KlarnaSessionHint> session) {
    }
}
