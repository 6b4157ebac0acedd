package dev.interop.klarna.application.port.out;

import dev.interop.klarna.domain.authorization.CustomerAssessment;
import dev.interop.klarna.domain.session.PreQualification;
import dev.interop.shared.domain.CurrencyCode;
import dev.interop.shared.domain.Money;
import io.vavr.control.Option;

/**
 * Klarna's judgement of a customer, replaceable: the sandbox answers by e-mail address ({@code +decline},
 * {@code +stepup}, {@code +noprequal}); a test or an embedder can plug in its own.
 */
public interface CustomerRiskPolicy {

    /** Pre-qualification (On-site messaging) for an optional amount in {@code currency}. */
    PreQualification prequalify(String email, Option<Money> amount, CurrencyCode currency);

    /** How Klarna would treat this customer paying {@code amount}; an unknown customer is {@code email} none. */
    CustomerAssessment assess(Option<String> email, Money amount);
}
