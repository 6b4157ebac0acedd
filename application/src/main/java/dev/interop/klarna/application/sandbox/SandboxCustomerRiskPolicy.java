package dev.interop.klarna.application.sandbox;

import dev.interop.klarna.application.port.out.CustomerRiskPolicy;
import dev.interop.klarna.domain.authorization.CustomerAssessment;
import dev.interop.klarna.domain.session.PreQualification;
import dev.interop.shared.domain.CurrencyCode;
import dev.interop.shared.domain.Money;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.Objects;

/**
 * The sandbox's customers, told apart by the end of the e-mail address's local part (case-insensitive):
 * <table>
 *   <caption>Sandbox customers</caption>
 *   <tr><th>local part ends in</th><th>pre-qualification</th><th>assessment</th></tr>
 *   <tr><td>{@code +decline}</td><td>not approved</td><td>{@code Decline}</td></tr>
 *   <tr><td>{@code +stepup}</td><td>not approved</td><td>{@code AlwaysStepUp}</td></tr>
 *   <tr><td>{@code +noprequal}</td><td>not approved</td><td>{@code AlwaysStepUp}</td></tr>
 *   <tr><td>anything else, or an unknown customer</td><td>approved, {@value #PURCHASE_POWER_MINOR_UNITS}</td>
 *       <td>{@code ApproveUpTo(}{@value #PURCHASE_POWER_MINOR_UNITS}{@code )}</td></tr>
 * </table>
 * The purchase power is in minor units of the currency asked about. A {@code +stepup} customer is not
 * pre-qualified: a session from On-site messaging keeps only the pre-qualification, not the e-mail, and a
 * pre-qualified session would be approved without the step-up API.md promises for these customers. Pure and
 * thread-safe.
 */
public final class SandboxCustomerRiskPolicy implements CustomerRiskPolicy {

    /** Every approved sandbox customer's purchase power, in minor units of the currency in question. */
    public static final long PURCHASE_POWER_MINOR_UNITS = 500_000;

    private enum Kind { DECLINE, STEP_UP, NO_PREQUALIFICATION, REGULAR }

    @Override
    public PreQualification prequalify(String email, Option<Money> amount, CurrencyCode currency) {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        return switch (kindOf(email)) {
            case DECLINE, NO_PREQUALIFICATION, STEP_UP -> PreQualification.notApproved();
            case REGULAR -> PreQualification.approved(new Money(PURCHASE_POWER_MINOR_UNITS, currency));
        };
    }

    @Override
    public CustomerAssessment assess(Option<String> email, Money amount) {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(amount, "amount");
        return switch (email.map(SandboxCustomerRiskPolicy::kindOf).getOrElse(Kind.REGULAR)) {
            case DECLINE -> new CustomerAssessment.Decline();
            case STEP_UP, NO_PREQUALIFICATION -> new CustomerAssessment.AlwaysStepUp();
            case REGULAR -> new CustomerAssessment.ApproveUpTo(
                    new Money(PURCHASE_POWER_MINOR_UNITS, amount.currency()));
        };
    }

    private static Kind kindOf(String email) {
        int at = email.lastIndexOf('@');
        String local = (at < 0 ? email : email.substring(0, at)).toLowerCase(Locale.ROOT);
        if (local.endsWith("+decline")) {
            return Kind.DECLINE;
        }
        if (local.endsWith("+stepup")) {
            return Kind.STEP_UP;
        }
        if (local.endsWith("+noprequal")) {
            return Kind.NO_PREQUALIFICATION;
        }
        return Kind.REGULAR;
    }
}
