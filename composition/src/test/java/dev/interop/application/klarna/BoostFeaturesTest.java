package dev.interop.application.klarna;

import static dev.interop.application.klarna.KlarnaSideFixture.eur;
import static dev.interop.application.klarna.KlarnaSideFixture.right;
import static dev.interop.application.klarna.KlarnaAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.klarna.domain.KlarnaRejection;
import dev.interop.shared.application.port.StoredEvent;
import dev.interop.klarna.application.port.in.ExchangeCustomerTokenCommand;
import dev.interop.klarna.application.port.in.ExchangeCustomerTokenUseCase;
import dev.interop.klarna.application.port.in.SignInCommand;
import dev.interop.klarna.application.port.in.StartPrequalificationCommand;
import dev.interop.klarna.application.port.in.StartPrequalificationUseCase;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.klarna.application.port.out.CustomerTokenGrant;
import dev.interop.klarna.application.service.KlarnaNaming;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.network.KlarnaClientId;
import dev.interop.klarna.domain.account.PartnerAccount;
import dev.interop.klarna.domain.session.BoostFeature;
import dev.interop.klarna.domain.session.CustomerSession;
import dev.interop.klarna.domain.session.CustomerTokenScope;
import dev.interop.klarna.domain.session.PreQualification;
import dev.interop.klarna.domain.session.SessionKind;
import dev.interop.shared.domain.CurrencyCode;
import dev.interop.shared.domain.Money;
import dev.interop.shared.token.TokenHash;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BoostFeaturesTest {

    private final KlarnaSideFixture klarna = new KlarnaSideFixture();
    private final PartnerAccount shop = klarna.hostedPartner();

    // --- On-site messaging -----------------------------------------------------------------------------------------

    @Test
    void prequalifies_an_ordinary_customer_and_hands_out_the_current_token() {
        StartPrequalificationUseCase.Result result = klarna.prequalify(shop, "ada@example.com");

        assertThat(result.prequalification()).isEqualTo(PreQualification.approved(eur(500_000)));
        assertThat(result.token().reveal()).startsWith(KlarnaNaming.SESSION_TOKEN_PREFIX);
        CustomerSession session = klarna.session(result.sessionId());
        assertThat(session.partner()).isEqualTo(shop.id());
        assertThat(session.origin()).isEqualTo(BoostFeature.ON_SITE_MESSAGING);
        assertThat(session.kind()).isEqualTo(SessionKind.PREQUALIFIED);
        assertThat(session.currentToken().hash()).isEqualTo(result.token().hash());
        assertThat(session.expiresAt()).isEqualTo(KlarnaSideFixture.START.plus(Duration.ofHours(24)));
    }

    @Test
    void records_the_session_timeline_with_consecutive_sequences_and_no_token() {
        StartPrequalificationUseCase.Result result = klarna.prequalify(shop, "ada@example.com");

        List<StoredEvent> timeline = klarna.timeline(result.sessionId().value());
        assertThat(timeline.map(StoredEvent::type)).containsExactly("customer_session.started",
                "customer_session.prequalified", "customer_session.token_rotated");
        assertThat(timeline.map(StoredEvent::sequence)).containsExactly(1L, 2L, 3L);
        assertThat(timeline.map(StoredEvent::aggregateType).distinct()).containsExactly("customer_session");
        assertThat(timeline.map(StoredEvent::payload).mkString())
                .doesNotContain(result.token().reveal())
                .doesNotContain(result.token().hash().hex());
    }

    @Test
    void does_not_prequalify_a_noprequal_customer_but_still_starts_a_session() {
        StartPrequalificationUseCase.Result result = klarna.prequalify(shop, "bo+noprequal@example.com");

        assertThat(result.prequalification().approved()).isFalse();
        assertThat(klarna.session(result.sessionId()).kind()).isEqualTo(SessionKind.SUPPORTED);
    }

    @Test
    void rejects_prequalification_input_naming_the_field_and_leaves_no_session() {
        KlarnaClientId client = shop.clientId();
        CurrencyCode eurCode = CurrencyCode.of("EUR");

        assertRejected(klarna.startPrequalification.start(new StartPrequalificationCommand(client, "not-an-email",
                Option.none(), eurCode)).getLeft(), CommonRejection.INVALID_FIELD, "customer.email");
        assertRejected(klarna.startPrequalification.start(new StartPrequalificationCommand(client, "a@b.se",
                Option.of(Money.of(0, "EUR")), eurCode)).getLeft(), CommonRejection.INVALID_AMOUNT, "amount");
        assertRejected(klarna.startPrequalification.start(new StartPrequalificationCommand(client, "a@b.se",
                Option.of(Money.of(100, "SEK")), eurCode)).getLeft(), CommonRejection.CURRENCY_MISMATCH, "currency");
        assertThat(klarna.sessionCount()).isZero();
    }

    @Test
    void refuses_an_unknown_client_id_as_unauthenticated() {
        UseCaseError error = klarna.startPrequalification.start(new StartPrequalificationCommand(
                new KlarnaClientId("klarna_test_client_nobody"), "a@b.se", Option.none(), CurrencyCode.of("EUR")))
                .getLeft();

        assertThat(error).isInstanceOf(UseCaseError.Unauthenticated.class);
        assertThat(klarna.sessionCount()).isZero();
    }

    // --- Sign in with Klarna ---------------------------------------------------------------------------------------

    @Test
    void issues_a_customer_token_stored_only_by_its_hash() {
        String customerToken = klarna.customerToken(shop, "ada@example.com");

        assertThat(customerToken).startsWith(KlarnaNaming.CUSTOMER_TOKEN_PREFIX);
        CustomerTokenGrant grant = klarna.customerTokens.findByHash(TokenHash.of(customerToken)).get();
        assertThat(grant.partner()).isEqualTo(shop.id());
        assertThat(grant.identity().email()).isEqualTo("ada@example.com");
        assertThat(grant.identity().scopes()).contains(CustomerTokenScope.PAYMENT_CUSTOMER_PRESENT);
        assertThat(grant.toString()).doesNotContain(customerToken);
    }

    @Test
    void rejects_sign_in_without_scopes_or_with_a_malformed_email() {
        assertRejected(klarna.signIn.signIn(new SignInCommand(shop.clientId(), "a@b.se", Option.none(),
                Option.none(), HashSet.empty())).getLeft(), CommonRejection.INVALID_FIELD, "scopes");
        assertRejected(klarna.signIn.signIn(new SignInCommand(shop.clientId(), "a.b.se", Option.none(),
                        Option.none(), HashSet.of(CustomerTokenScope.CUSTOMER_LOGIN))).getLeft(),
                CommonRejection.INVALID_FIELD, "customer.email");
        assertRejected(klarna.signIn.signIn(new SignInCommand(shop.clientId(), "a@b.se", Option.of(" "),
                        Option.none(), HashSet.of(CustomerTokenScope.CUSTOMER_LOGIN))).getLeft(),
                CommonRejection.INVALID_FIELD, "customer.given_name");
    }

    @Test
    void exchanges_a_customer_token_for_a_signed_in_session() {
        ExchangeCustomerTokenUseCase.Result result = klarna.signIn(shop, "ada@example.com");

        CustomerSession session = klarna.session(result.sessionId());
        assertThat(session.origin()).isEqualTo(BoostFeature.SIGN_IN_WITH_KLARNA);
        assertThat(session.kind()).isEqualTo(SessionKind.SIGNED_IN);
        assertThat(session.identity().get().email()).isEqualTo("ada@example.com");
        assertThat(session.currentToken().hash()).isEqualTo(result.token().hash());
    }

    @Test
    void refuses_a_customer_token_of_another_partner_and_starts_no_session() {
        PartnerAccount other = klarna.hostedPartner();
        String othersToken = klarna.customerToken(other, "ada@example.com");

        UseCaseError error = klarna.exchangeCustomerToken.exchange(
                new ExchangeCustomerTokenCommand(shop.clientId(), othersToken)).getLeft();

        assertRejected(error, KlarnaRejection.TOKEN_OF_ANOTHER_PARTNER, null);
        assertThat(error.detail()).doesNotContain(othersToken);
        assertThat(klarna.sessionCount()).isZero();
    }

    @Test
    void refuses_an_unknown_customer_token() {
        assertRejected(klarna.exchangeCustomerToken.exchange(new ExchangeCustomerTokenCommand(shop.clientId(),
                KlarnaNaming.CUSTOMER_TOKEN_PREFIX + "forged")).getLeft(), KlarnaRejection.TOKEN_UNKNOWN, null);
    }

    @Test
    void refuses_a_customer_token_without_the_customer_present_scope_and_rolls_the_session_back() {
        String loginOnly = right(klarna.signIn.signIn(new SignInCommand(shop.clientId(), "ada@example.com",
                Option.none(), Option.none(), HashSet.of(CustomerTokenScope.CUSTOMER_LOGIN)))).customerToken();

        UseCaseError error = klarna.exchangeCustomerToken.exchange(
                new ExchangeCustomerTokenCommand(shop.clientId(), loginOnly)).getLeft();

        assertRejected(error, KlarnaRejection.CUSTOMER_TOKEN_SCOPE_MISSING, "scopes");
        assertThat(klarna.sessionCount()).isZero();
    }
}
