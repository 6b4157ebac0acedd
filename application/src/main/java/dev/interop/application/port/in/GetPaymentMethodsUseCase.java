package dev.interop.application.port.in;

import dev.interop.domain.journey.JourneyKind;
import dev.interop.domain.presentation.PaymentMethodView;
import dev.interop.domain.presentation.PresentationInstruction;
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
