package dev.interop.klarna.domain.session;

import static dev.interop.klarna.domain.session.Sessions.HUNDRED_EUR;
import static dev.interop.klarna.domain.session.Sessions.ID;
import static dev.interop.klarna.domain.session.Sessions.PARTNER;
import static dev.interop.klarna.domain.session.Sessions.REQUEST_ID;
import static dev.interop.klarna.domain.session.Sessions.T0;
import static dev.interop.klarna.domain.session.Sessions.accept;
import static dev.interop.klarna.domain.session.Sessions.hash;
import static dev.interop.klarna.domain.session.Sessions.identity;
import static dev.interop.klarna.domain.session.Sessions.minutes;
import static dev.interop.klarna.domain.session.Sessions.rejection;
import static dev.interop.klarna.domain.session.Sessions.started;
import static dev.interop.klarna.domain.session.Sessions.transition;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.klarna.domain.KlarnaRejection;
import dev.interop.klarna.domain.session.CustomerSessionEvent.PaymentApproved;
import dev.interop.klarna.domain.session.CustomerSessionEvent.SessionStarted;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.domain.DomainEvent;
import dev.interop.shared.domain.Money;
import dev.interop.shared.domain.Transition;
import dev.interop.shared.token.TokenHash;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CustomerSessionTest {

    @Test
    void starts_active_and_supported_at_version_one_with_one_event_one_token_and_the_origin_as_touch_point() {
        Transition<CustomerSession> started = transition(
                CustomerSession.start(ID, PARTNER, BoostFeature.SIGN_IN_WITH_KLARNA, hash(1), T0));
        CustomerSession session = started.next();

        assertThat(session.kind()).isEqualTo(SessionKind.SUPPORTED);
        assertThat(session.status()).isEqualTo(InteroperabilityStatus.PAYMENT_SUPPORTED);
        assertThat(session.isActive()).isTrue();
        assertThat(session.version()).isEqualTo(1);
        assertThat(session.eventCount()).isEqualTo(1);
        assertThat(session.tokens().map(IssuedToken::hash)).containsExactly(hash(1));
        assertThat(session.currentToken().validUntil()).isEmpty();
        assertThat(session.touchPoints()).containsExactly(new TouchPoint(BoostFeature.SIGN_IN_WITH_KLARNA, T0));
        assertThat(started.events()).containsExactly(new SessionStarted(ID, T0, PARTNER,
                BoostFeature.SIGN_IN_WITH_KLARNA, T0.plus(Duration.ofHours(24))));
    }

    @Test
    void expires_24_hours_after_start_by_default() {
        assertThat(started().expiresAt()).isEqualTo(T0.plus(Duration.ofHours(24)));
        assertThat(CustomerSession.DEFAULT_TTL).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void takes_the_lifetime_the_caller_configured() {
        CustomerSession session = accept(CustomerSession.start(ID, PARTNER, BoostFeature.MARKETING, hash(1), T0,
                Duration.ofHours(2)));

        assertThat(session.expiresAt()).isEqualTo(T0.plus(Duration.ofHours(2)));
    }

    @Test
    void rejects_a_lifetime_that_is_zero_negative_or_longer_than_thirty_days() {
        for (Duration ttl : List.of(Duration.ZERO, Duration.ofMinutes(-1), Duration.ofDays(30).plusSeconds(1))) {
            assertThat(rejection(CustomerSession.start(ID, PARTNER, BoostFeature.MARKETING, hash(1), T0, ttl)))
                    .as("ttl %s", ttl).isEqualTo(CommonRejection.INVALID_TTL);
        }
    }

    @Test
    void an_approved_pre_qualification_makes_the_session_prequalified_while_the_status_stays_supported() {
        CustomerSession session = accept(started().prequalify(PreQualification.approved(HUNDRED_EUR), hash(2),
                minutes(1)));

        assertThat(session.kind()).isEqualTo(SessionKind.PREQUALIFIED);
        assertThat(session.status()).isEqualTo(InteroperabilityStatus.PAYMENT_SUPPORTED);
        assertThat(session.preQualification()).contains(PreQualification.approved(HUNDRED_EUR));
    }

    @Test
    void a_customer_who_was_not_pre_qualified_leaves_the_session_supported_and_klarna_offered() {
        CustomerSession prequalified = accept(started().prequalify(PreQualification.approved(HUNDRED_EUR), hash(2),
                minutes(1)));
        CustomerSession session = accept(prequalified.prequalify(PreQualification.notApproved(), hash(3),
                minutes(2)));

        assertThat(session.kind()).isEqualTo(SessionKind.SUPPORTED);
        assertThat(session.status()).isEqualTo(InteroperabilityStatus.PAYMENT_SUPPORTED);
        assertThat(session.preQualification()).contains(PreQualification.notApproved());
    }

    @Test
    void signing_in_makes_the_status_payment_prepared() {
        CustomerSession session = accept(started().signIn(identity(), hash(2), minutes(1)));

        assertThat(session.kind()).isEqualTo(SessionKind.SIGNED_IN);
        assertThat(session.status()).isEqualTo(InteroperabilityStatus.PAYMENT_PREPARED);
        assertThat(session.identity()).contains(identity());
    }

    @Test
    void rejects_a_sign_in_whose_customer_token_lacks_the_customer_present_scope() {
        CustomerIdentity loginOnly = new CustomerIdentity("ada@example.com", Option.none(), Option.none(), "ctr-1",
                TokenHash.of("customer-token-1"), HashSet.of(CustomerTokenScope.CUSTOMER_LOGIN));

        assertThat(rejection(started().signIn(loginOnly, hash(2), minutes(1))))
                .isEqualTo(KlarnaRejection.CUSTOMER_TOKEN_SCOPE_MISSING);
    }

    @Test
    void express_checkout_step_one_makes_the_status_payment_prepared_even_for_a_signed_in_customer() {
        CustomerSession signedIn = accept(started().signIn(identity(), hash(2), minutes(1)));
        CustomerSession session = accept(signedIn.prepare(new PreparedPayment(HUNDRED_EUR, REQUEST_ID), hash(3),
                minutes(2)));

        assertThat(session.kind()).isEqualTo(SessionKind.PREPARED);
        assertThat(session.status()).isEqualTo(InteroperabilityStatus.PAYMENT_PREPARED);
        assertThat(session.identity()).contains(identity());
        assertThat(session.preparedPayment()).contains(new PreparedPayment(HUNDRED_EUR, REQUEST_ID));
    }

    @Test
    void an_approval_makes_the_status_pending_confirmation() {
        CustomerSession session = accept(started().approve(HUNDRED_EUR, REQUEST_ID, hash(2), minutes(5)));

        assertThat(session.kind()).isEqualTo(SessionKind.PENDING_CONFIRMATION);
        assertThat(session.status()).isEqualTo(InteroperabilityStatus.PAYMENT_PENDING_CONFIRMATION);
        assertThat(session.approval()).contains(new Approval(HUNDRED_EUR, REQUEST_ID, minutes(5)));
    }

    @Test
    void rejects_pre_qualification_sign_in_and_preparation_once_the_customer_approved() {
        CustomerSession approved = accept(started().approve(HUNDRED_EUR, REQUEST_ID, hash(2), minutes(5)));

        assertThat(rejection(approved.prequalify(PreQualification.notApproved(), hash(3), minutes(6))))
                .isEqualTo(CommonRejection.ACTION_NOT_ALLOWED);
        assertThat(rejection(approved.signIn(identity(), hash(3), minutes(6))))
                .isEqualTo(CommonRejection.ACTION_NOT_ALLOWED);
        assertThat(rejection(approved.prepare(new PreparedPayment(HUNDRED_EUR, REQUEST_ID), hash(3), minutes(6))))
                .isEqualTo(CommonRejection.ACTION_NOT_ALLOWED);
    }

    @Test
    void a_new_approval_after_a_step_up_replaces_the_earlier_one() {
        CustomerSession first = accept(started().approve(HUNDRED_EUR, REQUEST_ID, hash(2), minutes(5)));
        Money higher = Money.of(12_000, "EUR");
        CustomerSession second = accept(first.approve(higher, "krn:payment:eu1:request:second", hash(3),
                minutes(20)));

        assertThat(second.approval()).contains(new Approval(higher, "krn:payment:eu1:request:second", minutes(20)));
        assertThat(second.kind()).isEqualTo(SessionKind.PENDING_CONFIRMATION);
    }

    @Test
    void rejects_an_approval_of_nothing_or_with_a_malformed_request_id() {
        assertThat(rejection(started().approve(Money.of(0, "EUR"), REQUEST_ID, hash(2), minutes(5))))
                .isEqualTo(CommonRejection.INVALID_AMOUNT);
        assertThat(rejection(started().approve(HUNDRED_EUR, "not a request id", hash(2), minutes(5))))
                .isEqualTo(CommonRejection.INVALID_FIELD);
    }

    @Test
    void a_touch_point_is_recorded_without_rotating_the_token_or_changing_the_kind() {
        CustomerSession session = accept(started().touch(BoostFeature.EXPRESS_CHECKOUT, minutes(3)));

        assertThat(session.touchPoints()).containsExactly(new TouchPoint(BoostFeature.ON_SITE_MESSAGING, T0),
                new TouchPoint(BoostFeature.EXPRESS_CHECKOUT, minutes(3)));
        assertThat(session.tokens()).hasSize(1);
        assertThat(session.kind()).isEqualTo(SessionKind.SUPPORTED);
    }

    @Test
    void every_accepted_command_adds_one_to_the_version_and_its_events_to_the_event_count() {
        CustomerSession session = started();
        Transition<CustomerSession> prequalified = transition(session.prequalify(
                PreQualification.approved(HUNDRED_EUR), hash(2), minutes(1)));
        Transition<CustomerSession> touched = transition(prequalified.next().touch(BoostFeature.MARKETING,
                minutes(2)));

        assertThat(prequalified.next().version()).isEqualTo(2);
        assertThat(prequalified.next().eventCount()).isEqualTo(1 + prequalified.events().size());
        assertThat(prequalified.events()).hasSize(2);
        assertThat(touched.next().version()).isEqualTo(3);
        assertThat(touched.next().eventCount()).isEqualTo(prequalified.next().eventCount() + 1);
    }

    @Test
    void names_its_events_in_the_customer_session_namespace() {
        CustomerSession session = started();
        Transition<CustomerSession> prequalified = transition(session.prequalify(
                PreQualification.approved(HUNDRED_EUR), hash(2), minutes(1)));
        Transition<CustomerSession> signedIn = transition(prequalified.next().signIn(identity(), hash(3),
                minutes(2)));
        Transition<CustomerSession> prepared = transition(signedIn.next().prepare(
                new PreparedPayment(HUNDRED_EUR, REQUEST_ID), hash(4), minutes(3)));
        Transition<CustomerSession> touched = transition(prepared.next().touch(BoostFeature.MARKETING, minutes(4)));
        Transition<CustomerSession> approved = transition(touched.next().approve(HUNDRED_EUR, REQUEST_ID, hash(5),
                minutes(5)));
        Transition<CustomerSession> consumed = transition(approved.next().consume("tx-1", minutes(6)));

        List<String> types = List.of(prequalified, signedIn, prepared, touched, approved, consumed)
                .flatMap(Transition::events).map(DomainEvent::type);
        assertThat(types).containsExactly("customer_session.prequalified", "customer_session.token_rotated",
                "customer_session.signed_in", "customer_session.token_rotated",
                "customer_session.payment_prepared", "customer_session.token_rotated",
                "customer_session.touch_point_added",
                "customer_session.payment_approved", "customer_session.token_rotated",
                "customer_session.consumed");
        assertThat(approved.events().head()).isEqualTo(new PaymentApproved(ID, minutes(5), HUNDRED_EUR, REQUEST_ID,
                minutes(65)));
        CustomerSession expired = accept(started().expire(T0.plus(Duration.ofHours(24))));
        assertThat(transition(started().expire(T0.plus(Duration.ofHours(24)))).events().map(DomainEvent::type))
                .containsExactly("customer_session.expired");
        assertThat(expired.kind()).isEqualTo(SessionKind.EXPIRED);
    }

    @Test
    void its_events_carry_neither_tokens_nor_their_hashes_nor_the_customers_email() {
        CustomerSession session = started();
        Transition<CustomerSession> signedIn = transition(session.signIn(identity(), hash(2), minutes(1)));
        Transition<CustomerSession> approved = transition(signedIn.next().approve(HUNDRED_EUR, REQUEST_ID, hash(3),
                minutes(2)));

        String timeline = signedIn.events().appendAll(approved.events()).mkString("\n");
        for (int n = 1; n <= 3; n++) {
            assertThat(timeline).doesNotContain("token-" + n).doesNotContain(hash(n).hex())
                    .doesNotContain(hash(n).hex().substring(0, 12));
        }
        assertThat(timeline).doesNotContain("ada@example.com")
                .doesNotContain(identity().customerTokenHash().hex().substring(0, 12));
    }

    @Test
    void a_consumed_session_rejects_every_command_as_ended_and_changes_nothing() {
        CustomerSession consumed = accept(started().consume("tx-1", minutes(1)));

        assertThat(consumed.kind()).isEqualTo(SessionKind.CONSUMED);
        assertThat(consumed.status()).isEqualTo(InteroperabilityStatus.PAYMENT_UNSUPPORTED);
        assertThat(consumed.allowedActions()).isEmpty();
        assertThat(List.of(
                consumed.prequalify(PreQualification.notApproved(), hash(2), minutes(2)),
                consumed.signIn(identity(), hash(2), minutes(2)),
                consumed.prepare(new PreparedPayment(HUNDRED_EUR, REQUEST_ID), hash(2), minutes(2)),
                consumed.approve(HUNDRED_EUR, REQUEST_ID, hash(2), minutes(2)),
                consumed.touch(BoostFeature.MARKETING, minutes(2)),
                consumed.consume("tx-2", minutes(2)),
                consumed.expire(T0.plus(Duration.ofDays(2))))
                .map(Sessions::rejection)).containsOnly(KlarnaRejection.SESSION_ENDED);
        assertThat(consumed.lifecycle()).isEqualTo(new SessionLifecycle.Consumed("tx-1", minutes(1)));
    }

    @Test
    void answers_its_allowed_actions_from_the_transition_table() {
        CustomerSession approved = accept(started().approve(HUNDRED_EUR, REQUEST_ID, hash(2), minutes(5)));

        assertThat(started().allowedActions()).containsExactlyInAnyOrder(SessionAction.values());
        assertThat(approved.allowedActions()).containsExactlyInAnyOrder(SessionAction.APPROVE, SessionAction.TOUCH,
                SessionAction.CONSUME, SessionAction.EXPIRE);
    }

    @Test
    void the_table_starts_supported_ends_in_consumed_or_expired_and_reaches_every_kind() {
        assertThat(CustomerSession.TABLE.initial()).isEqualTo(SessionKind.SUPPORTED);
        assertThat(CustomerSession.TABLE.finals()).containsExactlyInAnyOrder(SessionKind.CONSUMED,
                SessionKind.EXPIRED);
        assertThat(CustomerSession.TABLE.edges().map(edge -> edge.to()).distinct())
                .containsExactlyInAnyOrder(SessionKind.values());
        assertThat(CustomerSession.TABLE.toMermaid()).contains("PREPARED --> PENDING_CONFIRMATION : approve");
    }
}
