package dev.interop.acquirer.application.port.in;

import dev.interop.shared.application.port.UseCaseError;

import dev.interop.acquirer.domain.journey.JourneyKind;
import dev.interop.acquirer.domain.presentation.PaymentMethodView;
import dev.interop.shared.network.PresentationInstruction;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * AP side: asks Klarna's presentation (forwarding the token unchanged) and arranges the AP's payment methods so the
 * instruction is followed: Klarna hidden, shown, preselected (others minimized after sign-in) or shown alone.
 */
public interface GetPaymentMethodsUseCase {

    Either<UseCaseError, Result> get(GetPaymentMethodsCommand command);

    /** The instruction, the methods in the order the customer should see them, and the journey it implies. */
    record Result(PresentationInstruction instruction, List<PaymentMethodView> methods, JourneyKind journey) {
    }
}
