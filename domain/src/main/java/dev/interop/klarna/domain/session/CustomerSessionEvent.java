package dev.interop.klarna.domain.session;

import dev.interop.shared.network.PartnerAccountId;
import dev.interop.shared.domain.DomainEvent;
import dev.interop.shared.domain.Money;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * What happened to a customer session (R15). Every event names its session and when it happened. Events never carry
 * a token, not even its hash: a rotation says which token number was issued and until when it is valid. They carry
 * no personal data either (a sign-in names the customer token's public reference, not the e-mail address).
 */
public sealed interface CustomerSessionEvent extends DomainEvent {

    CustomerSessionId sessionId();

    Instant at();

    /** A customer met a Boost feature and the session began; token number 1 was issued. */
    record SessionStarted(CustomerSessionId sessionId, Instant at, PartnerAccountId partner, BoostFeature origin,
            Instant expiresAt) implements CustomerSessionEvent {
        public SessionStarted {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(partner, "partner");
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }

        @Override
        public String type() {
            return "customer_session.started";
        }
    }

    /** On-site messaging pre-qualified the customer, or not. */
    record Prequalified(CustomerSessionId sessionId, Instant at, boolean approved, Option<Money> purchasePower)
            implements CustomerSessionEvent {
        public Prequalified {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(purchasePower, "purchasePower");
        }

        @Override
        public String type() {
            return "customer_session.prequalified";
        }
    }

    /** The customer signed in with Klarna; the customer token is named by its public reference only. */
    record SignedIn(CustomerSessionId sessionId, Instant at, String customerTokenReference,
            Set<CustomerTokenScope> scopes) implements CustomerSessionEvent {
        public SignedIn {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(customerTokenReference, "customerTokenReference");
            Objects.requireNonNull(scopes, "scopes");
        }

        @Override
        public String type() {
            return "customer_session.signed_in";
        }
    }

    /** Express checkout step one prepared a payment. */
    record PaymentPrepared(CustomerSessionId sessionId, Instant at, Money amount, String paymentRequestId)
            implements CustomerSessionEvent {
        public PaymentPrepared {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(paymentRequestId, "paymentRequestId");
        }

        @Override
        public String type() {
            return "customer_session.payment_prepared";
        }
    }

    /** A Payment Request completed: the customer approved {@code amount}; confirm before {@code tokenValidUntil}. */
    record PaymentApproved(CustomerSessionId sessionId, Instant at, Money amount, String paymentRequestId,
            Instant tokenValidUntil) implements CustomerSessionEvent {
        public PaymentApproved {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(paymentRequestId, "paymentRequestId");
            Objects.requireNonNull(tokenValidUntil, "tokenValidUntil");
        }

        @Override
        public String type() {
            return "customer_session.payment_approved";
        }
    }

    /**
     * A material change issued a new token (R3), the session's {@code tokenNumber}-th (1-based). Earlier tokens keep
     * resolving to the session's current state.
     */
    record TokenRotated(CustomerSessionId sessionId, Instant at, int tokenNumber, Option<Instant> validUntil)
            implements CustomerSessionEvent {
        public TokenRotated {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(validUntil, "validUntil");
            if (tokenNumber < 2) {
                throw new IllegalArgumentException("a rotation issues the second token or a later one");
            }
        }

        @Override
        public String type() {
            return "customer_session.token_rotated";
        }
    }

    /** The customer met a Boost feature again. */
    record TouchPointAdded(CustomerSessionId sessionId, Instant at, BoostFeature feature)
            implements CustomerSessionEvent {
        public TouchPointAdded {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(feature, "feature");
        }

        @Override
        public String type() {
            return "customer_session.touch_point_added";
        }
    }

    /** A payment transaction was created from the session; its tokens are consumed (R5). */
    record SessionConsumed(CustomerSessionId sessionId, Instant at, String transactionId)
            implements CustomerSessionEvent {
        public SessionConsumed {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(transactionId, "transactionId");
        }

        @Override
        public String type() {
            return "customer_session.consumed";
        }
    }

    /** The session reached its end of life without a payment (R6). */
    record SessionExpired(CustomerSessionId sessionId, Instant at) implements CustomerSessionEvent {
        public SessionExpired {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(at, "at");
        }

        @Override
        public String type() {
            return "customer_session.expired";
        }
    }
}
