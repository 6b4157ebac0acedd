package dev.interop.acquirer.domain.journey;

import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.domain.TransitionTable;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * Where one customer is in one journey. Invariant: {@code stage} is a stage of {@code kind}'s table
 * ({@link Journeys#stages}). A journey only ever moves along an edge of its table: {@link #apply} refuses anything
 * else with {@link CommonRejection#ACTION_NOT_ALLOWED}, and final stages accept nothing.
 */
public record Journey(JourneyKind kind, JourneyStage stage) {

    public Journey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(stage, "stage");
        if (!Journeys.stages(kind).contains(stage)) {
            throw new IllegalArgumentException("stage " + stage + " is not part of the " + kind + " journey");
        }
    }

    /** The table this journey follows. */
    public TransitionTable<JourneyStage, JourneyAction> table() {
        return Journeys.table(kind);
    }

    /** The actions the current stage accepts, in the table's order; empty once the journey is finished. */
    public Set<JourneyAction> allowedActions() {
        return table().allowedActions(stage);
    }

    /** The stages {@code action} may lead to from here; empty when the action is not allowed here. */
    public Set<JourneyStage> targets(JourneyAction action) {
        return table().targets(stage, action);
    }

    /** Whether the journey reached a final stage ({@code AUTHORIZED}, {@code DECLINED} or {@code ABANDONED}). */
    public boolean isFinished() {
        return table().isFinal(stage);
    }

    /** Takes {@code action} to {@code next}, if the table has that edge. */
    public Either<Rejection, Journey> apply(JourneyAction action, JourneyStage next) {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(next, "next");
        Set<JourneyStage> targets = targets(action);
        if (targets.isEmpty()) {
            return Rejection.reject(CommonRejection.ACTION_NOT_ALLOWED, notAllowed(action));
        }
        if (!targets.contains(next)) {
            return Rejection.reject(CommonRejection.ACTION_NOT_ALLOWED, action + " at " + stage + " of the " + kind
                    + " journey leads to " + targets.mkString(" or ") + ", not " + next);
        }
        return Either.right(new Journey(kind, next));
    }

    /** Takes {@code action} when it has exactly one target here; otherwise the caller must name the next stage. */
    public Either<Rejection, Journey> apply(JourneyAction action) {
        Objects.requireNonNull(action, "action");
        Set<JourneyStage> targets = targets(action);
        if (targets.isEmpty()) {
            return Rejection.reject(CommonRejection.ACTION_NOT_ALLOWED, notAllowed(action));
        }
        if (targets.size() > 1) {
            return Rejection.reject(CommonRejection.ACTION_NOT_ALLOWED, action + " at " + stage + " of the " + kind
                    + " journey may lead to " + targets.mkString(" or ") + "; name the next stage");
        }
        return Either.right(new Journey(kind, targets.head()));
    }

    private String notAllowed(JourneyAction action) {
        return isFinished()
                ? "the " + kind + " journey is finished at " + stage + "; it accepts no " + action
                : action + " is not allowed at " + stage + " of the " + kind + " journey; allowed: "
                        + allowedActions().mkString(", ");
    }
}
