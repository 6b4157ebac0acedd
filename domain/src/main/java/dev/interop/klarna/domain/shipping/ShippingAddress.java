package dev.interop.klarna.domain.shipping;

import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.domain.Rejection;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.Objects;

/**
 * A shipping address as Klarna's purchase journey hands it to the Partner when the customer changes it. The address
 * may be partial (Klarna sends what the customer has entered so far), so every line is optional; only the country
 * is always known, because no quote can be given without it.
 *
 * <p>Invariants: {@code country} is an ISO 3166-1 alpha-2 code in upper case (such as {@code SE}); every present
 * line is 1..255 characters and not blank.
 *
 * @param streetAddress Klarna's {@code street_address}
 * @param postalCode    Klarna's {@code postal_code}
 * @param city          Klarna's {@code city}
 * @param region        Klarna's {@code region} (state, province)
 * @param country       Klarna's {@code country}, ISO 3166-1 alpha-2
 */
public record ShippingAddress(Option<String> streetAddress, Option<String> postalCode, Option<String> city,
        Option<String> region, String country) {

    private static final Set<String> ISO_COUNTRIES = HashSet.of(Locale.getISOCountries());
    private static final int MAX_LINE = 255;

    public ShippingAddress {
        Objects.requireNonNull(streetAddress, "streetAddress");
        Objects.requireNonNull(postalCode, "postalCode");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(country, "country");
        if (!isCountry(country)) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 country code: " + country);
        }
        if (List.of(streetAddress, postalCode, city, region).exists(line -> line.exists(value -> !isLine(value)))) {
            throw new IllegalArgumentException("an address line has 1.." + MAX_LINE + " characters");
        }
    }

    /** An address of which only the country is known. */
    public static ShippingAddress ofCountry(String country) {
        return new ShippingAddress(Option.none(), Option.none(), Option.none(), Option.none(), country);
    }

    /** A full address without a region. */
    public static ShippingAddress of(String streetAddress, String postalCode, String city, String country) {
        return new ShippingAddress(Option.of(streetAddress), Option.of(postalCode), Option.of(city), Option.none(),
                country);
    }

    /**
     * Validates untrusted input (nulls for absent lines), answering an {@link CommonRejection#INVALID_FIELD} rejection
     * that names the offending field under {@code fieldPrefix} (such as {@code address.country}).
     */
    public static Either<Rejection, ShippingAddress> parse(String streetAddress, String postalCode, String city,
            String region, String country, String fieldPrefix) {
        if (country == null || !isCountry(country)) {
            return invalid(fieldPrefix + "country", "must be an ISO 3166-1 alpha-2 country code such as SE");
        }
        String[][] lines = {{"street_address", streetAddress}, {"postal_code", postalCode}, {"city", city},
            {"region", region}};
        for (String[] line : lines) {
            if (line[1] != null && !isLine(line[1])) {
                return invalid(fieldPrefix + line[0], "must have 1.." + MAX_LINE + " characters");
            }
        }
        return Either.right(new ShippingAddress(Option.of(streetAddress), Option.of(postalCode), Option.of(city),
                Option.of(region), country));
    }

    /** Whether every line of the address is present (a region is never required). */
    public boolean isComplete() {
        return streetAddress.isDefined() && postalCode.isDefined() && city.isDefined();
    }

    private static boolean isCountry(String country) {
        return country.length() == 2 && ISO_COUNTRIES.contains(country);
    }

    private static boolean isLine(String value) {
        return !value.isBlank() && value.length() <= MAX_LINE;
    }

    private static Either<Rejection, ShippingAddress> invalid(String field, String detail) {
        return Either.left(Rejection.ofField(CommonRejection.INVALID_FIELD, field, detail));
    }
}
