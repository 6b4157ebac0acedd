package dev.interop.domain.journey;

import java.util.Objects;

/**
 * What Klarna tells the Acquiring Partner about the customer session behind a token: where it started and its
 * interoperability status. Invariant: both parts present. {@link #journeyKind()} is the pure mapping to the journey
 * the payment follows.
 */
public record KlarnaSessionHint(KlarnaSessionOrigin origin, KlarnaInteroperabilityStatus status) {

    public KlarnaSessionHint {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(status, "status");
    }

    public static KlarnaSessionHint of(KlarnaSessionOrigin origin, KlarnaInteroperabilityStatus status) {
        return new KlarnaSessionHint(origin, status);
    }

    /**
     * The journey this session leads into:
     * <ul>
     *   <li>status {@code PAYMENT_UNSUPPORTED}, or a marketing entry point: {@link JourneyKind#STANDARD};</li>
     *   <li>on-site messaging: {@link JourneyKind#PRE_QUALIFICATION};</li>
     *   <li>Sign in with Klarna: {@link JourneyKind#SIGN_IN_WITH_KLARNA};</li>
     *   <li>express checkout with status {@code PAYMENT_PENDING_CONFIRMATION} (customer approved with intent
     *       {@code AUTHORIZATION}): {@link JourneyKind#EXPRESS_CHECKOUT_ONE_STEP};</li>
     *   <li>any other express checkout status (prepared with intent {@code PREPARATION}, or not finished):
     *       {@link JourneyKind#EXPRESS_CHECKOUT_MULTI_STEP}, the express journey open to every Partner.</li>
     * </ul>
     */
    public JourneyKind journeyKind() {
        if (status == KlarnaInteroperabilityStatus.PAYMENT_UNSUPPORTED) {
            return JourneyKind.STANDARD;
        }
        return switch (origin) {
            case ON_SITE_MESSAGING -> JourneyKind.PRE_QUALIFICATION;
            case SIGN_IN_WITH_KLARNA -> JourneyKind.SIGN_IN_WITH_KLARNA;
            case EXPRESS_CHECKOUT -> status == KlarnaInteroperabilityStatus.PAYMENT_PENDING_CONFIRMATION
                    ? JourneyKind.EXPRESS_CHECKOUT_ONE_STEP
                    : JourneyKind.EXPRESS_CHECKOUT_MULTI_STEP;
            case MARKETING -> JourneyKind.STANDARD;
        };
    }
}
