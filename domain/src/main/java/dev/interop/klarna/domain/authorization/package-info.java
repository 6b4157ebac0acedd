/**
 * Klarna's authorization decision as a pure function: {@link dev.interop.klarna.domain.authorization.AuthorizationPolicy}
 * answers {@code APPROVED}, {@code STEP_UP_REQUIRED} or {@code DECLINED} from plain facts about the session, the
 * amount, whether the caller allows customer interaction, and a
 * {@link dev.interop.klarna.domain.authorization.CustomerAssessment} from a replaceable (sandbox) risk policy. It enforces
 * R10 (amount drift above the approved amount needs a new approval) and R11 (no step-up without a step-up
 * configuration).
 */
package dev.interop.klarna.domain.authorization;
