package dev.interop.klarna.domain.presentation;

import dev.interop.klarna.domain.session.CustomerSession;
import dev.interop.shared.domain.Money;
import dev.interop.shared.network.PresentationInstruction;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Klarna's side of R4, as a pure decision: how Klarna asks to be shown for a checkout of {@code amount} in a
 * {@link Market}, given the customer session the presented token resolved to (or none). In order of precedence:
 * <ol>
 *   <li>the market does not serve the amount's currency: {@code HIDE_KLARNA}, whatever the session says;</li>
 *   <li>no token, hence no session: {@code SHOW_KLARNA};</li>
 *   <li>express checkout prepared, or the customer already approved (pending confirmation):
 *       {@code SHOW_ONLY_KLARNA};</li>
 *   <li>signed in with Klarna: {@code PRESELECT_KLARNA} (the Acquiring Partner minimizes the other methods);</li>
 *   <li>pre-qualified with a purchase power of at least the amount, in its currency: {@code PRESELECT_KLARNA};</li>
 *   <li>otherwise (not pre-qualified, or for less than the amount): {@code SHOW_KLARNA}.</li>
 * </ol>
 * A consumed or expired session is not a caller error here: the application rejects such tokens before it asks
 * (R5, R6); should one reach the rule, its facts no longer count and it is treated like no session.
 */
public final class PresentationRule {

    private PresentationRule() {
    }

    public static PresentationInstruction instruct(Option<CustomerSession> session, Money amount, Market market) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(market, "market");
        if (!market.supports(amount)) {
            return PresentationInstruction.HIDE_KLARNA;
        }
        if (session.isEmpty()) {
            return PresentationInstruction.SHOW_KLARNA;
        }
        CustomerSession resolved = session.get();
        return switch (resolved.kind()) {
            case PREPARED, PENDING_CONFIRMATION -> PresentationInstruction.SHOW_ONLY_KLARNA;
            case SIGNED_IN -> PresentationInstruction.PRESELECT_KLARNA;
            case PREQUALIFIED -> resolved.preQualification().exists(result -> result.covers(amount))
                    ? PresentationInstruction.PRESELECT_KLARNA
                    : PresentationInstruction.SHOW_KLARNA;
            case SUPPORTED, CONSUMED, EXPIRED -> PresentationInstruction.SHOW_KLARNA;
        };
    }
}
