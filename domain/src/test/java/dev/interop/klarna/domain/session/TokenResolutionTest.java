package dev.interop.klarna.domain.session;

import static dev.interop.klarna.domain.session.Sessions.HUNDRED_EUR;
import static dev.interop.klarna.domain.session.Sessions.ID;
import static dev.interop.klarna.domain.session.Sessions.OTHER_PARTNER;
import static dev.interop.klarna.domain.session.Sessions.PARTNER;
import static dev.interop.klarna.domain.session.Sessions.REQUEST_ID;
import static dev.interop.klarna.domain.session.Sessions.T0;
import static dev.interop.klarna.domain.session.Sessions.accept;
import static dev.interop.klarna.domain.session.Sessions.hash;
import static dev.interop.klarna.domain.session.Sessions.identity;
import static dev.interop.klarna.domain.session.Sessions.minutes;
import static dev.interop.klarna.domain.session.Sessions.rejection;
import static dev.interop.klarna.domain.session.Sessions.right;
import static dev.interop.klarna.domain.session.Sessions.started;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.klarna.domain.KlarnaRejection;
import dev.interop.shared.domain.CommonRejection;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TokenResolutionTest {

    @Test
    void rejects_a_token_the_session_never_issued_as_unknown() {
        assertThat(rejection(started().resolve(hash(99), PARTNER, minutes(1))))
                .isEqualTo(KlarnaRejection.TOKEN_UNKNOWN);
    }

    @Test
    void rejects_a_token_no_session_was_found_for_as_unknown() {
        assertThat(rejection(CustomerSession.resolve(Option.none(), hash(1), PARTNER, minutes(1))))
                .isEqualTo(KlarnaRejection.TOKEN_UNKNOWN);
        assertThat(right(CustomerSession.resolve(Option.of(started()), hash(1), PARTNER, minutes(1)))).isEqualTo(
                started());
    }

    @Nested
    class R1_a_session_belongs_to_one_partner {

        @Test
        void resolves_a_token_for_the_partner_that_owns_the_session() {
            assertThat(right(started().resolve(hash(1), PARTNER, minutes(1)))).isEqualTo(started());
        }

        @Test
        void rejects_a_token_presented_by_another_partner() {
            assertThat(rejection(started().resolve(hash(1), OTHER_PARTNER, minutes(1))))
                    .isEqualTo(KlarnaRejection.TOKEN_OF_ANOTHER_PARTNER);
        }

        @Test
        void tells_another_partner_nothing_about_a_consumed_or_expired_session() {
            CustomerSession consumed = accept(started().consume("tx-1", minutes(1)));
            CustomerSession expired = accept(started().expire(T0.plus(Duration.ofHours(24))));

            assertThat(rejection(consumed.resolve(hash(1), OTHER_PARTNER, minutes(2))))
                    .isEqualTo(KlarnaRejection.TOKEN_OF_ANOTHER_PARTNER);
            assertThat(rejection(expired.resolve(hash(1), OTHER_PARTNER, T0.plus(Duration.ofHours(25)))))
                    .isEqualTo(KlarnaRejection.TOKEN_OF_ANOTHER_PARTNER);
        }
    }

    @Nested
    class R5_a_consumed_token_stays_consumed {

        @Test
        void rejects_every_token_of_a_session_once_a_payment_transaction_was_created_from_it() {
            CustomerSession prepared = accept(started().prepare(new PreparedPayment(HUNDRED_EUR, REQUEST_ID),
                    hash(2), minutes(1)));
            CustomerSession consumed = accept(prepared.consume("tx-1", minutes(2)));

            assertThat(rejection(consumed.resolve(hash(1), PARTNER, minutes(3))))
                    .isEqualTo(KlarnaRejection.TOKEN_CONSUMED);
            assertThat(rejection(consumed.resolve(hash(2), PARTNER, minutes(3))))
                    .isEqualTo(KlarnaRejection.TOKEN_CONSUMED);
        }

        @Test
        void a_consumed_token_is_still_reported_consumed_long_after_the_session_would_have_expired() {
            CustomerSession consumed = accept(started().consume("tx-1", minutes(1)));

            assertThat(rejection(consumed.resolve(hash(1), PARTNER, T0.plus(Duration.ofDays(365)))))
                    .isEqualTo(KlarnaRejection.TOKEN_CONSUMED);
        }

        @Test
        void a_session_cannot_be_consumed_twice() {
            CustomerSession consumed = accept(started().consume("tx-1", minutes(1)));

            assertThat(rejection(consumed.consume("tx-2", minutes(2)))).isEqualTo(KlarnaRejection.SESSION_ENDED);
            assertThat(consumed.lifecycle()).isEqualTo(new SessionLifecycle.Consumed("tx-1", minutes(1)));
        }

        @Test
        void rejects_consumption_with_a_malformed_transaction_id() {
            assertThat(rejection(started().consume("", minutes(1)))).isEqualTo(CommonRejection.INVALID_FIELD);
        }
    }

    @Nested
    class R6_sessions_and_completion_tokens_expire {

        private final Instant dueAt = T0.plus(Duration.ofHours(24));

        @Test
        void a_session_resolves_until_just_before_its_lifetime_ends_and_is_expired_from_then_on() {
            right(started().resolve(hash(1), PARTNER, dueAt.minusNanos(1)));
            assertThat(rejection(started().resolve(hash(1), PARTNER, dueAt)))
                    .isEqualTo(KlarnaRejection.SESSION_EXPIRED);
        }

        @Test
        void a_configured_lifetime_decides_when_the_session_expires() {
            CustomerSession session = accept(CustomerSession.start(ID, PARTNER, BoostFeature.MARKETING, hash(1), T0,
                    Duration.ofMinutes(30)));

            right(session.resolve(hash(1), PARTNER, minutes(29)));
            assertThat(rejection(session.resolve(hash(1), PARTNER, minutes(30))))
                    .isEqualTo(KlarnaRejection.SESSION_EXPIRED);
        }

        @Test
        void refuses_to_expire_a_session_before_it_is_due() {
            assertThat(rejection(started().expire(dueAt.minusSeconds(1))))
                    .isEqualTo(CommonRejection.ACTION_NOT_ALLOWED);
        }

        @Test
        void an_expired_session_rejects_its_tokens_and_every_command() {
            CustomerSession expired = accept(started().expire(dueAt.plusSeconds(5)));

            assertThat(expired.lifecycle()).isEqualTo(new SessionLifecycle.Expired(dueAt.plusSeconds(5)));
            assertThat(rejection(expired.resolve(hash(1), PARTNER, dueAt.plusSeconds(6))))
                    .isEqualTo(KlarnaRejection.SESSION_EXPIRED);
            assertThat(rejection(expired.touch(BoostFeature.MARKETING, dueAt.plusSeconds(6))))
                    .isEqualTo(KlarnaRejection.SESSION_ENDED);
        }

        @Test
        void a_due_session_rejects_every_command_but_expire_as_expired() {
            CustomerSession session = started();

            assertThat(rejection(session.touch(BoostFeature.MARKETING, dueAt)))
                    .isEqualTo(KlarnaRejection.SESSION_EXPIRED);
            assertThat(rejection(session.signIn(identity(), hash(2), dueAt)))
                    .isEqualTo(KlarnaRejection.SESSION_EXPIRED);
            assertThat(rejection(session.consume("tx-1", dueAt))).isEqualTo(KlarnaRejection.SESSION_EXPIRED);
            right(session.expire(dueAt));
        }

        @Test
        void the_token_issued_on_approval_is_valid_for_60_minutes_after_completion() {
            CustomerSession approved = accept(started().approve(HUNDRED_EUR, REQUEST_ID, hash(2), minutes(10)));

            assertThat(approved.currentToken().validUntil()).contains(minutes(70));
            right(approved.resolve(hash(2), PARTNER, minutes(70).minusNanos(1)));
            assertThat(rejection(approved.resolve(hash(2), PARTNER, minutes(70))))
                    .isEqualTo(KlarnaRejection.TOKEN_EXPIRED);
        }

        @Test
        void an_earlier_token_cannot_outlive_the_approval_window_of_the_state_it_resolves_to() {
            CustomerSession approved = accept(started().approve(HUNDRED_EUR, REQUEST_ID, hash(2), minutes(10)));

            right(approved.resolve(hash(1), PARTNER, minutes(69)));
            assertThat(rejection(approved.resolve(hash(1), PARTNER, minutes(70))))
                    .isEqualTo(KlarnaRejection.TOKEN_EXPIRED);
        }

        @Test
        void a_payment_cannot_consume_the_session_after_the_approval_window_closed() {
            CustomerSession approved = accept(started().approve(HUNDRED_EUR, REQUEST_ID, hash(2), minutes(10)));

            assertThat(rejection(approved.consume("tx-1", minutes(70)))).isEqualTo(KlarnaRejection.TOKEN_EXPIRED);
            right(approved.consume("tx-1", minutes(69)));
        }

        @Test
        void a_new_approval_opens_a_new_window_but_the_first_completion_token_stays_expired() {
            CustomerSession first = accept(started().approve(HUNDRED_EUR, REQUEST_ID, hash(2), minutes(10)));
            CustomerSession second = accept(first.approve(HUNDRED_EUR, "krn:payment:eu1:request:second", hash(3),
                    minutes(80)));

            right(second.resolve(hash(3), PARTNER, minutes(100)));
            right(second.resolve(hash(1), PARTNER, minutes(100)));
            assertThat(rejection(second.resolve(hash(2), PARTNER, minutes(100))))
                    .isEqualTo(KlarnaRejection.TOKEN_EXPIRED);
        }

        @Test
        void a_due_session_is_reported_expired_before_an_expired_completion_token() {
            CustomerSession approved = accept(started().approve(HUNDRED_EUR, REQUEST_ID, hash(2), minutes(10)));

            assertThat(rejection(approved.resolve(hash(2), PARTNER, dueAt)))
                    .isEqualTo(KlarnaRejection.SESSION_EXPIRED);
        }
    }
}
