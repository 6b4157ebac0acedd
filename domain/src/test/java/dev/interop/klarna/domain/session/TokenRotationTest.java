package dev.interop.klarna.domain.session;

import static dev.interop.klarna.domain.session.Sessions.HUNDRED_EUR;
import static dev.interop.klarna.domain.session.Sessions.ID;
import static dev.interop.klarna.domain.session.Sessions.PARTNER;
import static dev.interop.klarna.domain.session.Sessions.REQUEST_ID;
import static dev.interop.klarna.domain.session.Sessions.accept;
import static dev.interop.klarna.domain.session.Sessions.hash;
import static dev.interop.klarna.domain.session.Sessions.identity;
import static dev.interop.klarna.domain.session.Sessions.minutes;
import static dev.interop.klarna.domain.session.Sessions.rejection;
import static dev.interop.klarna.domain.session.Sessions.right;
import static dev.interop.klarna.domain.session.Sessions.started;
import static dev.interop.klarna.domain.session.Sessions.transition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interop.klarna.domain.KlarnaRejection;
import dev.interop.klarna.domain.session.CustomerSessionEvent.TokenRotated;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.domain.Transition;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** R3: material changes rotate the token; earlier tokens resolve to the current state until the session ends. */
class TokenRotationTest {

    @Test
    void every_material_change_appends_a_fresh_token_that_becomes_the_current_one() {
        CustomerSession prequalified = accept(started().prequalify(PreQualification.approved(HUNDRED_EUR), hash(2),
                minutes(1)));
        CustomerSession signedIn = accept(prequalified.signIn(identity(), hash(3), minutes(2)));
        CustomerSession prepared = accept(signedIn.prepare(new PreparedPayment(HUNDRED_EUR, REQUEST_ID), hash(4),
                minutes(3)));
        CustomerSession approved = accept(prepared.approve(HUNDRED_EUR, REQUEST_ID, hash(5), minutes(4)));

        assertThat(approved.tokens().map(IssuedToken::hash)).containsExactly(hash(1), hash(2), hash(3), hash(4),
                hash(5));
        assertThat(approved.currentToken().hash()).isEqualTo(hash(5));
        assertThat(approved.tokens().map(IssuedToken::issuedAt)).containsExactly(minutes(0), minutes(1), minutes(2),
                minutes(3), minutes(4));
    }

    @Test
    void every_earlier_token_resolves_to_the_current_state_of_the_session() {
        CustomerSession prequalified = accept(started().prequalify(PreQualification.approved(HUNDRED_EUR), hash(2),
                minutes(1)));
        CustomerSession signedIn = accept(prequalified.signIn(identity(), hash(3), minutes(2)));
        CustomerSession prepared = accept(signedIn.prepare(new PreparedPayment(HUNDRED_EUR, REQUEST_ID), hash(4),
                minutes(3)));

        for (int n = 1; n <= 4; n++) {
            CustomerSession resolved = right(prepared.resolve(hash(n), PARTNER, minutes(5)));

            assertThat(resolved).as("token %d", n).isEqualTo(prepared);
            assertThat(resolved.status()).isEqualTo(InteroperabilityStatus.PAYMENT_PREPARED);
        }
    }

    @Test
    void a_rotation_announces_the_new_token_number_and_its_validity_but_not_the_token() {
        Transition<CustomerSession> signedIn = transition(started().signIn(identity(), hash(2), minutes(1)));
        Transition<CustomerSession> approved = transition(signedIn.next().approve(HUNDRED_EUR, REQUEST_ID, hash(3),
                minutes(2)));

        assertThat(signedIn.events().last()).isEqualTo(new TokenRotated(ID, minutes(1), 2, Option.none()));
        assertThat(approved.events().last()).isEqualTo(new TokenRotated(ID, minutes(2), 3,
                Option.of(minutes(62))));
    }

    @Test
    void only_the_token_issued_on_approval_carries_a_validity_of_its_own() {
        CustomerSession signedIn = accept(started().signIn(identity(), hash(2), minutes(1)));
        CustomerSession approved = accept(signedIn.approve(HUNDRED_EUR, REQUEST_ID, hash(3), minutes(2)));

        assertThat(approved.tokens().map(IssuedToken::validUntil)).containsExactly(Option.none(), Option.none(),
                Option.of(minutes(62)));
    }

    @Test
    void a_touch_point_is_not_a_material_change_and_keeps_the_current_token() {
        CustomerSession touched = accept(started().touch(BoostFeature.EXPRESS_CHECKOUT, minutes(1)));

        assertThat(touched.currentToken().hash()).isEqualTo(hash(1));
        assertThat(touched.tokens()).hasSize(1);
    }

    @Test
    void a_rejected_change_issues_no_token() {
        CustomerSession approved = accept(started().approve(HUNDRED_EUR, REQUEST_ID, hash(2), minutes(1)));

        assertThat(rejection(approved.signIn(identity(), hash(3), minutes(2))))
                .isEqualTo(CommonRejection.ACTION_NOT_ALLOWED);
        assertThat(rejection(approved.resolve(hash(3), PARTNER, minutes(2)))).isEqualTo(KlarnaRejection.TOKEN_UNKNOWN);
    }

    @Test
    void earlier_tokens_stop_resolving_to_a_usable_state_once_the_session_ends() {
        CustomerSession signedIn = accept(started().signIn(identity(), hash(2), minutes(1)));
        CustomerSession consumed = accept(signedIn.consume("tx-1", minutes(2)));

        assertThat(rejection(consumed.resolve(hash(1), PARTNER, minutes(3)))).isEqualTo(KlarnaRejection.TOKEN_CONSUMED);
        assertThat(rejection(consumed.resolve(hash(2), PARTNER, minutes(3)))).isEqualTo(KlarnaRejection.TOKEN_CONSUMED);
    }

    @Test
    void refuses_a_token_hash_the_session_already_issued() {
        CustomerSession signedIn = accept(started().signIn(identity(), hash(2), minutes(1)));

        assertThatThrownBy(() -> signedIn.prepare(new PreparedPayment(HUNDRED_EUR, REQUEST_ID), hash(1), minutes(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
