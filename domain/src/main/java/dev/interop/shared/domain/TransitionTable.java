package dev.interop.shared.domain;

import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import java.util.Arrays;
import java.util.Objects;

/**
 * A state machine's transition table as data: for each state kind, which actions it accepts and which state kinds
 * each may lead to. The code of a machine decides the actual next state; the table is the contract that code is
 * checked against (property tests take every transition and ask {@link #permits}), the source of
 * {@link #allowedActions} and the source of the generated diagram ({@link #toMermaid}).
 *
 * <p>Invariants: a final state has no outgoing action; every target is a declared state; built once, immutable.
 *
 * @param <S> the state kind enum
 * @param <A> the action enum
 */
public final class TransitionTable<S extends Enum<S>, A extends Enum<A>> {

    private final String name;
    private final Class<S> stateType;
    private final S initial;
    private final Set<S> finals;
    private final Map<S, Map<A, Set<S>>> edges;

    private TransitionTable(String name, Class<S> stateType, S initial, Set<S> finals, Map<S, Map<A, Set<S>>> edges) {
        this.name = name;
        this.stateType = stateType;
        this.initial = initial;
        this.finals = finals;
        this.edges = edges;
    }

    public static <S extends Enum<S>, A extends Enum<A>> Builder<S, A> builder(String name, Class<S> stateType,
            Class<A> actionType, S initial) {
        return new Builder<>(name, stateType, initial);
    }

    public String name() {
        return name;
    }

    public S initial() {
        return initial;
    }

    public Set<S> finals() {
        return finals;
    }

    public boolean isFinal(S state) {
        return finals.contains(state);
    }

    /** All state kinds, in declaration order. */
    public List<S> states() {
        return List.of(stateType.getEnumConstants());
    }

    /** The actions accepted in {@code state}, in the order they were declared. */
    public Set<A> allowedActions(S state) {
        return edges.get(state).map(Map::keySet).getOrElse(LinkedHashSet.empty());
    }

    /** Whether {@code action} in {@code from} may lead to {@code to}. */
    public boolean permits(S from, A action, S to) {
        return edges.get(from).flatMap(byAction -> byAction.get(action)).exists(targets -> targets.contains(to));
    }

    /** The state kinds {@code action} may lead to from {@code from}; empty when the action is not allowed there. */
    public Set<S> targets(S from, A action) {
        return edges.get(from).flatMap(byAction -> byAction.get(action)).getOrElse(LinkedHashSet.empty());
    }

    /** Every edge as (from, action, to), in declaration order. */
    public List<Edge<S, A>> edges() {
        return edges.toList().flatMap(fromEntry -> fromEntry._2.toList()
                .flatMap(actionEntry -> actionEntry._2.toList()
                        .map(to -> new Edge<>(fromEntry._1, actionEntry._1, to))));
    }

    /** A Mermaid state diagram of the table; deterministic, so a test can compare it with the checked-in file. */
    public String toMermaid() {
        StringBuilder out = new StringBuilder();
        out.append("---\ntitle: ").append(name).append("\n---\n");
        out.append("stateDiagram-v2\n");
        out.append("    [*] --> ").append(initial.name()).append('\n');
        for (Edge<S, A> edge : edges()) {
            out.append("    ").append(edge.from().name()).append(" --> ").append(edge.to().name())
                    .append(" : ").append(edge.action().name().toLowerCase(java.util.Locale.ROOT)).append('\n');
        }
        for (S state : states().filter(finals::contains)) {
            out.append("    ").append(state.name()).append(" --> [*]\n");
        }
        return out.toString();
    }

    /** One edge of the table. */
    public record Edge<S, A>(S from, A action, S to) {
    }

    /** Declares a table edge by edge; {@link #build()} checks the invariants. */
    public static final class Builder<S extends Enum<S>, A extends Enum<A>> {
        private final String name;
        private final Class<S> stateType;
        private final S initial;
        private Set<S> finals = LinkedHashSet.empty();
        private Map<S, Map<A, Set<S>>> edges = LinkedHashMap.empty();

        private Builder(String name, Class<S> stateType, S initial) {
            this.name = Objects.requireNonNull(name);
            this.stateType = Objects.requireNonNull(stateType);
            this.initial = Objects.requireNonNull(initial);
        }

        @SafeVarargs
        public final Builder<S, A> on(S from, A action, S... to) {
            Map<A, Set<S>> byAction = edges.get(from).getOrElse(LinkedHashMap.empty());
            Set<S> targets = byAction.get(action).getOrElse(LinkedHashSet.empty()).addAll(Arrays.asList(to));
            edges = edges.put(from, byAction.put(action, targets));
            return this;
        }

        @SafeVarargs
        public final Builder<S, A> finals(S... states) {
            finals = finals.addAll(Arrays.asList(states));
            return this;
        }

        public TransitionTable<S, A> build() {
            for (Tuple2<S, Map<A, Set<S>>> entry : edges) {
                if (finals.contains(entry._1) && !entry._2.isEmpty()) {
                    throw new IllegalStateException(name + ": final state " + entry._1 + " has outgoing actions");
                }
            }
            return new TransitionTable<>(name, stateType, initial, finals, edges);
        }
    }

    @Override
    public String toString() {
        return "TransitionTable[" + name + "]";
    }

}
