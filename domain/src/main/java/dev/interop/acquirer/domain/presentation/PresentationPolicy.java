package dev.interop.acquirer.domain.presentation;

import dev.interop.shared.network.PresentationInstruction;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * The Acquiring Partner's side of R4: its payment methods arranged to follow the instruction Klarna gave
 * ({@code GET /v2/accounts/{id}/payment/presentation}). Klarna's side, which decides the instruction from the customer
 * session, is {@code dev.interop.klarna.domain.presentation.PresentationRule}; the two meet only through the
 * instruction and the session hint of Klarna's answer.
 *
 * <p>Ordering: {@code SHOW_KLARNA} keeps the configured order; {@code PRESELECT_KLARNA} moves Klarna first and keeps
 * the others in configured order (minimized after Sign in with Klarna); {@code SHOW_ONLY_KLARNA} lists Klarna alone;
 * {@code HIDE_KLARNA} removes Klarna.
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
}
