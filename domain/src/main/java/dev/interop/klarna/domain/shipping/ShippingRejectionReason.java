package dev.interop.klarna.domain.shipping;

import dev.interop.klarna.domain.KlarnaRejection;
import dev.interop.shared.domain.Rejection;

/**
 * Klarna's reasons for refusing a shipping change (Web SDK {@code ShippingRejectionReason}); each maps to the
 * {@link KlarnaRejection} of the same name, so the HTTP adapter shows Klarna's name as the problem's {@code code}.
 */
public enum ShippingRejectionReason {
    COUNTRY_NOT_SUPPORTED(KlarnaRejection.COUNTRY_NOT_SUPPORTED, "the Partner does not ship to this country"),
    POSTAL_CODE_NOT_SUPPORTED(KlarnaRejection.POSTAL_CODE_NOT_SUPPORTED,
            "the Partner does not ship to this postal code"),
    CITY_NOT_SUPPORTED(KlarnaRejection.CITY_NOT_SUPPORTED, "the Partner does not ship to this city"),
    REGION_NOT_SUPPORTED(KlarnaRejection.REGION_NOT_SUPPORTED, "the Partner does not ship to this region"),
    ADDRESS_NOT_SUPPORTED(KlarnaRejection.ADDRESS_NOT_SUPPORTED, "the Partner does not ship to this address"),
    INVALID_OPTION(KlarnaRejection.INVALID_OPTION, "no such shipping option for this address");

    private final KlarnaRejection code;
    private final String detail;

    ShippingRejectionReason(KlarnaRejection code, String detail) {
        this.code = code;
        this.detail = detail;
    }

    /** The rejection code of the same name. */
    public KlarnaRejection rejectionCode() {
        return code;
    }

    /** This reason as a domain rejection, with a human sentence. */
    public Rejection toRejection() {
        return Rejection.of(code, detail);
    }
}
