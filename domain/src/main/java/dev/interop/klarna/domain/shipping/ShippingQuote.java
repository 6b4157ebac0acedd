package dev.interop.klarna.domain.shipping;

import dev.interop.shared.domain.Money;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A Partner's answer to a shipping change: the new amount to pay, the options available for the address and the
 * option currently selected (Klarna's {@code ShippingChangeSuccessResponse}).
 *
 * <p>Invariants: the amount is positive and equals the order amount plus the selected option's amount (the policy
 * computing the quote guarantees the sum; the record checks what it can see: when an option is selected, the amount
 * is at least that option's amount); every option is in the amount's currency; option references are unique; a
 * selected reference names one of the options.
 *
 * @param amount            the order amount plus the selected option's amount
 * @param options           the options offered for the address, in display order
 * @param selectedReference the reference of the selected option, if any
 */
public record ShippingQuote(Money amount, List<ShippingOption> options, Option<String> selectedReference) {

    public ShippingQuote {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(selectedReference, "selectedReference");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a quoted amount is positive");
        }
        if (!options.forAll(option -> option.amount().sameCurrency(amount))) {
            throw new IllegalArgumentException("every shipping option is in " + amount.currency());
        }
        if (options.map(ShippingOption::reference).distinct().size() != options.size()) {
            throw new IllegalArgumentException("shipping option references are unique");
        }
        Option<ShippingOption> selected = selectedReference.flatMap(
                reference -> options.find(option -> option.reference().equals(reference)));
        if (selectedReference.isDefined() && selected.isEmpty()) {
            throw new IllegalArgumentException("the selected shipping option is not offered: "
                    + selectedReference.get());
        }
        if (selected.exists(option -> option.amount().greaterThan(amount))) {
            throw new IllegalArgumentException("the quoted amount includes the selected option");
        }
    }

    /** The selected option, if any. */
    public Option<ShippingOption> selectedOption() {
        return selectedReference.flatMap(reference -> option(reference));
    }

    /** The offered option with {@code reference}, if any. */
    public Option<ShippingOption> option(String reference) {
        return options.find(option -> option.reference().equals(reference));
    }
}
