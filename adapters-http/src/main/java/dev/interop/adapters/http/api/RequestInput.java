package dev.interop.adapters.http.api;

import dev.interop.adapters.http.BodyReader;
import dev.interop.adapters.http.FieldError;
import dev.interop.adapters.http.Problem;
import dev.interop.adapters.http.ProblemCodes;
import dev.interop.adapters.http.ProblemException;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.domain.CurrencyCode;
import dev.interop.shared.domain.LineItem;
import dev.interop.shared.domain.Money;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.domain.RejectionCode;
import io.javalin.http.Context;
import io.vavr.control.Either;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A request body being validated: the {@link BodyReader} collects structural faults (missing fields, wrong types),
 * and the domain's own parsers ({@code Money.positive}, {@code CurrencyCode.parse}, {@code InteroperabilityToken.parse},
 * ...) add theirs with their {@link RejectionCode}. {@link #validate()} answers one 400 problem listing every fault;
 * its {@code code} is the code of the first fault ({@code INVALID_FIELD} for a structural one), so a request whose
 * only fault is a negative amount is {@code INVALID_AMOUNT} and one with two different token spellings is
 * {@code CONFLICTING_DATA_POINTS}.
 */
final class RequestInput {

    /** The longest reference a Partner may give. */
    static final int MAX_REFERENCE = 255;
    /** The longest URL accepted. */
    static final int MAX_URL = 2048;

    private final BodyReader body;
    private final Map<FieldError, RejectionCode> codes = new HashMap<>();

    private RequestInput(BodyReader body) {
        this.body = body;
    }

    /** Reads the body of the request; malformed JSON and oversized bodies fail at once (see {@link BodyReader}). */
    static RequestInput of(Context ctx) {
        return new RequestInput(BodyReader.of(ctx));
    }

    /** The root object of the body. */
    BodyReader body() {
        return body;
    }

    /** Records a fault of {@code field} of the object {@code at} with a domain code. */
    void reject(BodyReader at, String field, RejectionCode code, String reason) {
        at.reject(field, reason);
        FieldError error = FieldError.body(at.pointerOf(field), reason);
        codes.putIfAbsent(error, code);
    }

    /** Records a domain rejection of the object {@code at}; it names its field, else {@code fallbackField}. */
    void reject(BodyReader at, Rejection rejection, String fallbackField) {
        String field = rejection.field().getOrElse(fallbackField);
        reject(at, field, rejection.code(), rejection.detail());
    }

    /** The right value, or empty after recording the rejection. */
    <T> Optional<T> check(BodyReader at, Either<Rejection, T> result, String fallbackField) {
        if (result.isLeft()) {
            reject(at, result.getLeft(), fallbackField);
            return Optional.empty();
        }
        return Optional.of(result.get());
    }

    /** Returns normally when nothing was recorded; else throws the 400 problem listing every fault. */
    void validate() {
        List<FieldError> errors = body.errors();
        if (errors.isEmpty()) {
            return;
        }
        FieldError first = errors.get(0);
        RejectionCode code = codes.get(first);
        String detail = errors.size() == 1
                ? "A field of the request is invalid: " + describe(first) + "."
                : "Fields of the request are invalid: " + describe(first) + ", and " + (errors.size() - 1)
                        + " more.";
        throw new ProblemException(Problem.of(400, code == null ? ProblemCodes.INVALID_FIELD : code.name(),
                detail, errors));
    }

    private static String describe(FieldError error) {
        return (error.pointer().isEmpty() ? "the body" : error.pointer()) + " " + error.reason();
    }

    // ---- values every face reads

    /** A required currency code ({@code INVALID_CURRENCY} when not ISO 4217). */
    Optional<CurrencyCode> currency(BodyReader at, String field) {
        if (!at.has(field)) {
            at.reject(field, "is required");
            return Optional.empty();
        }
        return at.optionalString(field).flatMap(code -> check(at, CurrencyCode.parse(code, field), field));
    }

    /** An optional currency code. */
    Optional<CurrencyCode> optionalCurrency(BodyReader at, String field) {
        return at.has(field) ? currency(at, field) : Optional.empty();
    }

    /**
     * A required amount in minor units: an integer ({@code INVALID_FIELD} otherwise, fractions included) that is
     * positive ({@code INVALID_AMOUNT}).
     */
    Optional<Long> positiveAmount(BodyReader at, String field) {
        if (!at.has(field)) {
            at.reject(field, "is required");
            return Optional.empty();
        }
        Optional<Long> amount = at.optionalLong(field);
        if (amount.isPresent() && amount.get() <= 0) {
            reject(at, field, CommonRejection.INVALID_AMOUNT, "must be a positive integer amount in minor units");
            return Optional.empty();
        }
        return amount;
    }

    /** An optional positive amount. */
    Optional<Long> optionalPositiveAmount(BodyReader at, String field) {
        return at.has(field) ? positiveAmount(at, field) : Optional.empty();
    }

    /** A required positive amount and currency as money (both faults reported when both are wrong). */
    Optional<Money> money(BodyReader at, String amountField, String currencyField) {
        Optional<Long> amount = positiveAmount(at, amountField);
        Optional<CurrencyCode> currency = currency(at, currencyField);
        return amount.isPresent() && currency.isPresent()
                ? Optional.of(new Money(amount.get(), currency.get())) : Optional.empty();
    }

    /** An optional reference of 1..255 characters. */
    Optional<String> optionalReference(BodyReader at, String field) {
        return at.has(field) ? Optional.of(requireReference(at, field)).filter(text -> !text.isEmpty())
                : Optional.empty();
    }

    /** A required reference of 1..255 characters ({@code ""} when in error). */
    String requireReference(BodyReader at, String field) {
        return at.requireString(field, MAX_REFERENCE);
    }

    /** An optional absolute http(s) URL of at most 2048 characters. */
    Optional<String> optionalUrl(BodyReader at, String field) {
        if (!at.has(field)) {
            return Optional.empty();
        }
        Optional<String> text = at.optionalString(field, MAX_URL);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!isAbsoluteHttpUrl(text.get())) {
            at.reject(field, "must be an absolute http or https URL");
            return Optional.empty();
        }
        return text;
    }

    /** A required absolute http(s) URL. */
    Optional<String> requireUrl(BodyReader at, String field) {
        if (!at.has(field)) {
            at.reject(field, "is required");
            return Optional.empty();
        }
        return optionalUrl(at, field);
    }

    static boolean isAbsoluteHttpUrl(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * Optional line items {@code [{name, quantity, unit_price, total_amount?}]} in {@code currency}: a name of 1..255
     * characters, a positive quantity, a unit price of zero or more minor units and a total, when given, equal to
     * quantity times unit price. When {@code checkSumTo} is known, the items must sum to it (R12,
     * {@code LINE_ITEMS_DO_NOT_SUM_TO_TOTAL}). Empty when absent; {@code null} elements never reach the domain.
     */
    Optional<List<LineItem>> lineItems(BodyReader at, String field, Optional<CurrencyCode> currency,
            Optional<Money> checkSumTo) {
        if (!at.has(field)) {
            return Optional.empty();
        }
        int faultsBefore = body.errors().size();
        List<LineItem> items = new ArrayList<>();
        for (BodyReader element : at.optionalObjects(field)) {
            lineItem(element, currency).ifPresent(items::add);
        }
        if (body.errors().size() > faultsBefore || currency.isEmpty()) {
            return Optional.empty();
        }
        if (checkSumTo.isPresent()) {
            Either<Rejection, ?> sum = LineItem.checkSum(io.vavr.collection.List.ofAll(items), checkSumTo.get(),
                    field);
            if (sum.isLeft()) {
                reject(at, sum.getLeft(), field);
                return Optional.empty();
            }
        }
        return Optional.of(List.copyOf(items));
    }

    private Optional<LineItem> lineItem(BodyReader element, Optional<CurrencyCode> currency) {
        int faultsBefore = body.errors().size();
        String name = element.requireString("name", 255);
        long quantity = element.requireLong("quantity");
        long unitPrice = element.requireLong("unit_price");
        Optional<Long> total = element.optionalLong("total_amount");
        if (element.has("quantity") && quantity <= 0) {
            element.reject("quantity", "must be a positive integer");
        }
        if (element.has("unit_price") && unitPrice < 0) {
            reject(element, "unit_price", CommonRejection.INVALID_AMOUNT,
                    "must be zero or a positive integer amount in minor units");
        }
        if (body.errors().size() > faultsBefore || currency.isEmpty()) {
            return Optional.empty();
        }
        Money unit = new Money(unitPrice, currency.get());
        Money expected;
        try {
            expected = unit.times(quantity);
        } catch (ArithmeticException overflow) {
            reject(element, "quantity", CommonRejection.INVALID_AMOUNT, "times unit_price is out of range");
            return Optional.empty();
        }
        if (total.isPresent() && total.get() != expected.minorUnits()) {
            reject(element, "total_amount", CommonRejection.INVALID_AMOUNT,
                    "must be quantity times unit_price (" + expected.minorUnits() + ")");
            return Optional.empty();
        }
        return Optional.of(new LineItem(name, quantity, unit, expected));
    }
}
