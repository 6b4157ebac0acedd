package dev.interop.shared.network;

import dev.interop.shared.domain.Krn;
import java.util.Objects;

/**
 * Klarna's id of the Partner's account, a KRN such as {@code krn:partner:global:account:test:AB12CD34}; the
 * Acquiring Partner puts it in the path of every call it makes to Klarna on the Partner's behalf.
 */
public record PartnerAccountId(Krn krn) {

    public PartnerAccountId {
        Objects.requireNonNull(krn, "krn");
    }

    public static PartnerAccountId of(String value) {
        return new PartnerAccountId(new Krn(value));
    }

    public String value() {
        return krn.value();
    }

    @Override
    public String toString() {
        return krn.value();
    }
}
