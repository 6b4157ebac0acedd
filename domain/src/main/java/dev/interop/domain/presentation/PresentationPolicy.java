package dev.interop.domain.presentation;

import dev.interop.domain.session.CustomerSession;
import dev.interop.domain.shared.Money;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * R4, as a pure decision: how Klarna is shown for a checkout of {@code amount} in a {@link Market}, given the customer
 * session the presented token resolved to (or none), and the Acquiring Partner's payment methods arranged to follow
 * the instruction. In order of precedence:
 * <ol>
 *   <li>the market does not serve the amount's currency: {@code HIDE_KLARNA}, whatever the session says;</li>
 *   <li>no token, hence no session: {@code SHOW_KLARNA};</li>
 *   <li>express checkout prepared, or the customer already approved (pending confirmation):
 *       {@code SHOW_ONLY_KLARNA};</li>
 *   <li>signed in with Klarna: {@code PRESELECT_KLARNA}, the other methods minimized;</li>
 *   <li>pre-qualified with a purchase power of at least the amount, in its currency: {@code PRESELECT_KLARNA}, the
 *       other methods shown as usual;</li>
 *   <li>otherwise (not pre-qualified, or for less than the amount): {@code SHOW_KLARNA}.</li>
 * </ol>
 * A consumed or expired session is not a caller error here: the application rejects such tokens before it asks
 * (R5, R6); should one reach the policy, its facts no longer count and it is treated like no session
 * ({@code SHOW_KLARNA}, or {@code HIDE_KLARNA} in an unsupported market).
 *
 * <p>Ordering: {@code SHOW_KLARNA} keeps the configured order; {@code PRESELECT_KLARNA} moves Klarna first and keeps
 * the others in configured order; {@code SHOW_ONLY_KLARNA} lists Klarna alone; {@code HIDE_KLARNA} removes Klarna.
 *
 * <p>Invariant: the configured methods are non-empty, distinct and include {@link PaymentMethodType#KLARNA}.
 */
public final class PresentationPolicy {

    /** The Acquiring Partner's methods when nothing else is configured, in the order they are shown. */
    public static final List<PaymentMethodType> DEFAULT_METHODS = List.of(PaymentMethodType.CARD,
            PaymentMethodType.KLARNA, PaymentMethodType.PAYPAL, PaymentMethodType.BANK_TRANSFER);

    private final List<PaymentMethodType> methods;

    public PresentationPolicy(List<PaymentMethodType> methods) {
        Objects.requireNonNull(methods, "methods");
        if (methods.distinct().size() != methods.size() || !methods.contains(PaymentMethodType.KLARNA)) {
            throw new IllegalArgumentException("the payment methods are distinct and include KLARNA");
        }
        this.methods = methods;
    }

    /** A policy over {@link #DEFAULT_METHODS}. */
    public static PresentationPolicy withDefaultMethods() {
        return new PresentationPolicy(DEFAULT_METHODS);
    }

    /** The configured payment methods, in their configured order. */
    public List<PaymentMethodType> methods() {
        return methods;
    }

    /** Klarna's side of R4: the instruction alone. */
    public PresentationInstruction instruct(Option<CustomerSession> session, Money amount, Market market) {
        return decide(session, amount, market).instruction();
    }

    /** R4 in full: the instruction and the configured methods arranged to follow it. */
    public Presentation present(Option<CustomerSession> session, Money amount, Market market) {
        Decision decision = decide(session, amount, market);
        return arrange(decision.instruction(), decision.minimizeOthers());
    }

    /**
     * The Acquiring Partner's side: arranges the configured methods to follow an instruction Klarna gave.
     * {@code minimizeOthers} (the customer signed in with Klarna) minimizes the other methods under
     * {@code PRESELECT_KLARNA}; the other instructions ignore it.
     */
    public Presentation arrange(PresentationInstruction instruction, boolean minimizeOthers) {
        Objects.requireNonNull(instruction, "instruction");
        List<PaymentMethodType> others = methods.remove(PaymentMethodType.KLARNA);
        List<PaymentMethodView> views = switch (instruction) {
            case HIDE_KLARNA -> others.map(PaymentMethodView::plain);
            case SHOW_KLARNA -> methods.map(PaymentMethodView::plain);
            case PRESELECT_KLARNA -> others.map(type -> new PaymentMethodView(type, false, minimizeOthers))
                    .prepend(new PaymentMethodView(PaymentMethodType.KLARNA, true, false));
            case SHOW_ONLY_KLARNA -> List.of(new PaymentMethodView(PaymentMethodType.KLARNA, true, false));
        };
        return new Presentation(instruction, views);
    }

    private static Decision decide(Option<CustomerSession> session, Money amount, Market market) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(market, "market");
        if (!market.supports(amount)) {
            return new Decision(PresentationInstruction.HIDE_KLARNA, false);
        }
        if (session.isEmpty()) {
            return new Decision(PresentationInstruction.SHOW_KLARNA, false);
        }
        CustomerSession resolved = session.get();
        return switch (resolved.kind()) {
            case PREPARED, PENDING_CONFIRMATION -> new Decision(PresentationInstruction.SHOW_ONLY_KLARNA, false);
            case SIGNED_IN -> new Decision(PresentationInstruction.PRESELECT_KLARNA, true);
            case PREQUALIFIED -> resolved.preQualification().exists(result -> result.covers(amount))
                    ? new Decision(PresentationInstruction.PRESELECT_KLARNA, false)
                    : new Decision(PresentationInstruction.SHOW_KLARNA, false);
            case SUPPORTED, CONSUMED, EXPIRED -> new Decision(PresentationInstruction.SHOW_KLARNA, false);
        };
    }

    private record Decision(PresentationInstruction instruction, boolean minimizeOthers) {
    }
}
