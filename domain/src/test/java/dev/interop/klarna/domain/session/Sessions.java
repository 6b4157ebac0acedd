package dev.interop.klarna.domain.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.shared.network.PartnerAccountId;
import dev.interop.shared.domain.Money;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.domain.RejectionCode;
import dev.interop.shared.domain.Transition;
import dev.interop.shared.token.TokenHash;
import io.vavr.collection.HashSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;

/** Shared fixtures for the session examples: fixed ids, fixed time, and short ways to take a transition. */
final class Sessions {

    static final PartnerAccountId PARTNER = PartnerAccountId.of("krn:partner:global:account:test:partner-a");
    static final PartnerAccountId OTHER_PARTNER = PartnerAccountId.of("krn:partner:global:account:test:partner-b");
    static final CustomerSessionId ID = CustomerSessionId.of("1b4e28ba-2fa1-11d2-883f-0016d3cca427");
    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    static final Money HUNDRED_EUR = Money.of(10_000, "EUR");
    static final String REQUEST_ID = "krn:payment:eu1:request:7d0c2f0e-5a1b-4c8e-9f0e-2b3c4d5e6f70";

    private Sessions() {
    }

    static TokenHash hash(int n) {
        return TokenHash.of("token-" + n);
    }

    static Instant at(Duration sinceStart) {
        return T0.plus(sinceStart);
    }

    static Instant minutes(long minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    static CustomerIdentity identity() {
        return new CustomerIdentity("ada@example.com", Option.of("Ada"), Option.of("Lovelace"), "ctr-42",
                TokenHash.of("customer-token-42"),
                HashSet.of(CustomerTokenScope.PAYMENT_CUSTOMER_PRESENT, CustomerTokenScope.CUSTOMER_LOGIN));
    }

    static CustomerSession started() {
        return accept(CustomerSession.start(ID, PARTNER, BoostFeature.ON_SITE_MESSAGING, hash(1), T0));
    }

    static CustomerSession accept(Either<Rejection, Transition<CustomerSession>> result) {
        assertThat(result.isRight()).as("accepted, but was %s", result).isTrue();
        return result.get().next();
    }

    static Transition<CustomerSession> transition(Either<Rejection, Transition<CustomerSession>> result) {
        assertThat(result.isRight()).as("accepted, but was %s", result).isTrue();
        return result.get();
    }

    static <T> T right(Either<Rejection, T> result) {
        assertThat(result.isRight()).as("accepted, but was %s", result).isTrue();
        return result.get();
    }

    static RejectionCode rejection(Either<Rejection, ?> result) {
        assertThat(result.isLeft()).as("rejected, but was %s", result).isTrue();
        return result.getLeft().code();
    }
}
