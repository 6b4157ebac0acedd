package dev.interop.acquirer.domain.presentation;

import dev.interop.shared.network.PresentationInstruction;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Klarna's instruction and the payment methods ordered as the customer should see them. Invariants:
 * <ul>
 *   <li>no method appears twice; at most one is preselected, and only Klarna ever is;</li>
 *   <li>{@code HIDE_KLARNA}: Klarna is absent (the list may then be empty);</li>
 *   <li>{@code SHOW_KLARNA}: Klarna is present, nothing is preselected or minimized;</li>
 *   <li>{@code PRESELECT_KLARNA}: Klarna is first and preselected;</li>
 *   <li>{@code SHOW_ONLY_KLARNA}: Klarna is the only method, preselected.</li>
 * </ul>
 */
public record Presentation(PresentationInstruction instruction, List<PaymentMethodView> methods) {

    public Presentation {
        Objects.requireNonNull(instruction, "instruction");
        Objects.requireNonNull(methods, "methods");
        if (methods.map(PaymentMethodView::type).distinct().size() != methods.size()) {
            throw new IllegalArgumentException("a payment method appears once");
        }
        if (methods.exists(view -> view.preselected() && view.type() != PaymentMethodType.KLARNA)) {
            throw new IllegalArgumentException("only Klarna is ever preselected");
        }
        boolean klarnaPresent = methods.exists(view -> view.type() == PaymentMethodType.KLARNA);
        boolean klarnaFirstPreselected = methods.headOption()
                .exists(view -> view.type() == PaymentMethodType.KLARNA && view.preselected());
        boolean consistent = switch (instruction) {
            case HIDE_KLARNA -> !klarnaPresent;
            case SHOW_KLARNA -> klarnaPresent && methods.forAll(view -> !view.preselected() && !view.minimized());
            case PRESELECT_KLARNA -> klarnaFirstPreselected;
            case SHOW_ONLY_KLARNA -> klarnaFirstPreselected && methods.size() == 1;
        };
        if (!consistent) {
            throw new IllegalArgumentException("the methods do not follow " + instruction);
        }
    }

    /** The method the page opens with, if any. */
    public Option<PaymentMethodView> preselected() {
        return methods.find(PaymentMethodView::preselected);
    }
}
