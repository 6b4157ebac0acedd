package dev.interop.testkit.net;

import java.time.Duration;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What {@link FaultInjectingProxy} does with one request. Each fault states whether the target sees the request
 * (and how often), and what the caller gets back: the target's answer, a scripted answer, a late answer or a
 * dropped connection. Faults are immutable values; {@link #kind()} names each one for exhaustive switches.
 *
 * <p>Whatever the fault, a target that cannot be reached is answered with 502 by the proxy (see {@link
 * Exchange#targetDown()}).
 */
public sealed interface Fault {

    /** Forward the request and return the target's answer unchanged. */
    Fault PASS = new Pass();

    /** Read the request fully, then reset the connection without answering: the target never sees the request. */
    Fault DROP_BEFORE_FORWARDING = new DropBeforeForwarding();

    /** Forward the request (the target acts), then reset the connection without answering. */
    Fault DROP_AFTER_FORWARDING = new DropAfterForwarding();

    /** Send the same request to the target twice, one after the other, and return the first answer. */
    Fault FORWARD_TWICE = new ForwardTwice();

    /** The name of this fault, one per record, for exhaustive {@code switch} expressions. */
    Kind kind();

    /**
     * Waits for {@code delay}, then forwards and answers: a slow network or a slow target. The request is forwarded
     * after the delay even if the caller has given up by then.
     *
     * @param delay how long to hold the request back, not negative
     * @return the fault
     */
    static Fault delayThenForward(Duration delay) {
        return new DelayThenForward(delay);
    }

    /**
     * Forwards at once (the target acts), then holds the answer back for {@code delay}: a caller with a shorter
     * timeout does not know the outcome although the target acted.
     *
     * @param delay how long to hold the answer back, not negative
     * @return the fault
     */
    static Fault forwardThenDelay(Duration delay) {
        return new ForwardThenDelay(delay);
    }

    /**
     * Answers {@code status} with a {@code text/plain} {@code body} without forwarding: the target never sees the
     * request.
     *
     * @param status a final HTTP status, 200 to 599
     * @param body the answer's body, sent as UTF-8
     * @return the fault
     */
    static Fault answerWithoutForwarding(int status, String body) {
        return new AnswerWithoutForwarding(status, body);
    }

    /**
     * Forwards (the target acts) but answers {@code status} with a {@code text/plain} {@code body} instead of the
     * target's answer.
     *
     * @param status a final HTTP status, 200 to 599
     * @param body the answer's body, sent as UTF-8
     * @return the fault
     */
    static Fault forwardThenAnswer(int status, String body) {
        return new ForwardThenAnswer(status, body);
    }

    /**
     * Forwards the request as {@code mutation} changes it (a tampered body, a forged signature header) and returns
     * the target's answer. The proxy recomputes {@code Content-Length} from the changed body.
     *
     * @param mutation turns the request as received into the request to forward; must not return null
     * @return the fault
     */
    static Fault mutateRequest(UnaryOperator<RawRequest> mutation) {
        return new MutateRequest(mutation);
    }

    /** The faults by name. */
    enum Kind {
        PASS,
        DELAY_THEN_FORWARD,
        FORWARD_THEN_DELAY,
        ANSWER_WITHOUT_FORWARDING,
        FORWARD_THEN_ANSWER,
        DROP_BEFORE_FORWARDING,
        DROP_AFTER_FORWARDING,
        FORWARD_TWICE,
        MUTATE_REQUEST
    }

    /** Forward normally. */
    record Pass() implements Fault {
        @Override
        public Kind kind() {
            return Kind.PASS;
        }
    }

    /**
     * Wait, then forward and answer.
     *
     * @param delay how long to hold the request back, not negative
     */
    record DelayThenForward(Duration delay) implements Fault {
        /** Checks the delay. */
        public DelayThenForward {
            requireNotNegative(delay);
        }

        @Override
        public Kind kind() {
            return Kind.DELAY_THEN_FORWARD;
        }
    }

    /**
     * Forward at once, then hold the answer back.
     *
     * @param delay how long to hold the answer back, not negative
     */
    record ForwardThenDelay(Duration delay) implements Fault {
        /** Checks the delay. */
        public ForwardThenDelay {
            requireNotNegative(delay);
        }

        @Override
        public Kind kind() {
            return Kind.FORWARD_THEN_DELAY;
        }
    }

    /**
     * Answer without forwarding.
     *
     * @param status a final HTTP status, 200 to 599
     * @param body the answer's body, sent as UTF-8 {@code text/plain}
     */
    record AnswerWithoutForwarding(int status, String body) implements Fault {
        /** Checks the status and the body. */
        public AnswerWithoutForwarding {
            requireFinalStatus(status);
            Objects.requireNonNull(body, "body");
        }

        @Override
        public Kind kind() {
            return Kind.ANSWER_WITHOUT_FORWARDING;
        }
    }

    /**
     * Forward, then answer something else than the target did.
     *
     * @param status a final HTTP status, 200 to 599
     * @param body the answer's body, sent as UTF-8 {@code text/plain}
     */
    record ForwardThenAnswer(int status, String body) implements Fault {
        /** Checks the status and the body. */
        public ForwardThenAnswer {
            requireFinalStatus(status);
            Objects.requireNonNull(body, "body");
        }

        @Override
        public Kind kind() {
            return Kind.FORWARD_THEN_ANSWER;
        }
    }

    /** Read the request, then reset the connection. */
    record DropBeforeForwarding() implements Fault {
        @Override
        public Kind kind() {
            return Kind.DROP_BEFORE_FORWARDING;
        }
    }

    /** Forward, then reset the connection. */
    record DropAfterForwarding() implements Fault {
        @Override
        public Kind kind() {
            return Kind.DROP_AFTER_FORWARDING;
        }
    }

    /** Deliver the request twice, answer the first answer. */
    record ForwardTwice() implements Fault {
        @Override
        public Kind kind() {
            return Kind.FORWARD_TWICE;
        }
    }

    /**
     * Forward a changed request.
     *
     * @param mutation turns the request as received into the request to forward
     */
    record MutateRequest(UnaryOperator<RawRequest> mutation) implements Fault {
        /** Checks the mutation. */
        public MutateRequest {
            Objects.requireNonNull(mutation, "mutation");
        }

        @Override
        public Kind kind() {
            return Kind.MUTATE_REQUEST;
        }
    }

    private static void requireNotNegative(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative: " + delay);
        }
    }

    private static void requireFinalStatus(int status) {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("status must be a final HTTP status (200 to 599): " + status);
        }
    }
}
