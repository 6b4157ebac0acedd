package dev.interop.shared.domain;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * One line of a purchase. Invariant: a name of 1..255 characters, a positive quantity, and a total equal to
 * quantity times unit price, all in one currency (R12).
 */
public record LineItem(String name, long quantity, Money unitPrice, Money totalAmount) {

    public LineItem {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(totalAmount, "totalAmount");
        if (name.isBlank() || name.length() > 255) {
            throw new IllegalArgumentException("a line item name has 1..255 characters");
        }
        if (quantity <= 0) {
            throw new IllegalArgumentException("a line item quantity is positive");
        }
        if (!unitPrice.sameCurrency(totalAmount) || !unitPrice.times(quantity).equals(totalAmount)) {
            throw new IllegalArgumentException("a line item total is quantity times unit price");
        }
    }

    public static LineItem of(String name, long quantity, Money unitPrice) {
        return new LineItem(name, quantity, unitPrice, unitPrice.times(quantity));
    }

    /**
     * R12: when line items are given they are all in the total's currency and sum exactly to it. An empty list is
     * accepted (line items are optional).
     */
    public static Either<Rejection, Seq<LineItem>> checkSum(Seq<LineItem> items, Money total, String field) {
        if (items.isEmpty()) {
            return Either.right(items);
        }
        if (!items.forAll(item -> item.totalAmount().sameCurrency(total))) {
            return Either.left(Rejection.ofField(CommonRejection.CURRENCY_MISMATCH, field,
                    "every line item must be in " + total.currency()));
        }
        Money sum = Money.sum(items.map(LineItem::totalAmount), total.currency());
        return sum.equals(total) ? Either.right(items)
                : Either.left(Rejection.ofField(CommonRejection.LINE_ITEMS_DO_NOT_SUM_TO_TOTAL, field,
                        "line items sum to " + sum.minorUnits() + " but the amount is " + total.minorUnits()));
    }
}
