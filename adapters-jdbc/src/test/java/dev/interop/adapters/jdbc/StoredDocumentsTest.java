package dev.interop.adapters.jdbc;

import dev.interop.application.contract.Storage;
import static dev.interop.application.contract.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interop.application.contract.Fixtures;
import dev.interop.application.contract.Fixtures.CheckoutCase;
import dev.interop.application.contract.Fixtures.PaymentCase;
import dev.interop.application.contract.Fixtures.PaymentRequestCase;
import dev.interop.klarna.application.port.out.CustomerTokenGrant;
import dev.interop.acquirer.application.port.out.PartnerAccount;
import dev.interop.acquirer.application.system.AesGcmSecretSealer;
import dev.interop.acquirer.domain.checkout.CheckoutSession;
import dev.interop.acquirer.domain.checkout.CheckoutSessionId;
import dev.interop.acquirer.domain.journey.JourneyKind;
import dev.interop.shared.network.IntegrationType;
import dev.interop.shared.network.KlarnaClientId;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.acquirer.domain.partner.PartnerId;
import dev.interop.acquirer.domain.partner.PartnerProfile;
import dev.interop.klarna.domain.session.CustomerIdentity;
import dev.interop.klarna.domain.session.CustomerSession;
import dev.interop.klarna.domain.session.CustomerSessionId;
import dev.interop.klarna.domain.session.CustomerTokenScope;
import dev.interop.klarna.domain.session.SessionKind;
import dev.interop.shared.domain.Money;
import dev.interop.shared.token.InteroperabilityData;
import dev.interop.shared.token.InteroperabilityToken;
import dev.interop.acquirer.domain.token.SealedToken;
import dev.interop.shared.token.TokenHash;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the stored rows look like, beyond what the ports can observe: no secret in plain text anywhere (R2), money
 * only as integer minor units (R12), documents in ASCII, and a document that breaks the mapper's expectations
 * reported as corrupt rather than silently defaulted. Runs on H2; the SQL is the same on PostgreSQL.
 */
class StoredDocumentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Database database;
    private Storage storage;

    @BeforeAll
    static void open() {
        database = TestDatabase.H2_MEMORY.open();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @BeforeEach
    void empty() {
        JdbiTestStorage.clean(database);
        storage = JdbiTestStorage.on(database);
    }

    @Test
    void no_api_key_customer_token_or_interoperability_token_is_stored_in_plain_text() {
        String apiKey = "sk_test_api-key-" + Fixtures.unique();
        String customerToken = "ctok-" + Fixtures.unique();
        String interoperabilityToken = "krn:network:eu1:test:session-token:" + Fixtures.unique();
        AesGcmSecretSealer sealer = AesGcmSecretSealer.withRandomKey();
        SealedToken sealed = sealer.seal(InteroperabilityToken.of(interoperabilityToken));

        storage.partners().insert(new PartnerAccount(new PartnerProfile(new PartnerId("partner-secret"), "Shop",
                IntegrationType.SERVER_SIDE_ONLY, true, new KlarnaClientId("client-secret"),
                PartnerAccountId.of("krn:partner:global:account:test:SECRET")), TokenHash.of(apiKey), T0));
        storage.customerTokens().insert(new CustomerTokenGrant(PartnerAccountId.of("krn:partner:global:account:test:SECRET"),
                new CustomerIdentity("a@example.com", Option.none(), Option.none(), "ctr-1",
                        TokenHash.of(customerToken), HashSet.of(CustomerTokenScope.PAYMENT_CUSTOMER_PRESENT)), T0));
        CustomerSession session = Fixtures.accepted(CustomerSession.start(CustomerSessionId.of(Fixtures.unique()),
                PartnerAccountId.of("krn:partner:global:account:test:SECRET"), dev.interop.klarna.domain.session.BoostFeature.ON_SITE_MESSAGING,
                TokenHash.of(interoperabilityToken), T0)).next();
        storage.customerSessions().save(session);
        CheckoutSession checkout = Fixtures.accepted(CheckoutSession.open(CheckoutSessionId.of("secret"),
                Fixtures.profile(new PartnerId("partner-secret")), JourneyKind.SIGN_IN_WITH_KLARNA,
                dev.interop.shared.network.PresentationInstruction.PRESELECT_KLARNA,
                Money.of(1_000, "EUR"), Option.none(), List.empty(), Option.of(sealed),
                Option.of(new InteroperabilityData("{}")), T0, Duration.ofHours(1))).next();
        storage.checkoutSessions().save(checkout);

        String everything = dumpAllTables();
        assertThat(everything).contains(TokenHash.of(apiKey).hex(), TokenHash.of(customerToken).hex(),
                TokenHash.of(interoperabilityToken).hex());
        assertThat(everything).doesNotContain(apiKey, customerToken, interoperabilityToken);
        SealedToken read = storage.checkoutSessions().findById(checkout.id()).get().token().get();
        assertThat(sealer.open(read).reveal()).isEqualTo(interoperabilityToken);
    }

    @Test
    void documents_are_ascii_json_objects_whose_numbers_are_all_integers() {
        List.of(SessionKind.values()).forEach(kind -> Fixtures.states(Fixtures.sessionHistory(kind))
                .forEach(storage.customerSessions()::save));
        List.of(PaymentRequestCase.values()).forEach(which -> Fixtures.states(
                Fixtures.paymentRequestHistory(which)).forEach(storage.paymentRequests()::save));
        List.of(CheckoutCase.values()).forEach(which -> Fixtures.states(Fixtures.checkoutHistory(which))
                .forEach(storage.checkoutSessions()::save));
        List.of(PaymentCase.values()).forEach(which -> Fixtures.states(Fixtures.paymentHistory(which))
                .forEach(storage.payments()::save));
        storage.customerTokens().insert(Fixtures.grant(Fixtures.unique(), true));

        java.util.List<String> documents = database.jdbi().withHandle(handle -> {
            java.util.List<String> all = new ArrayList<>();
            for (String table : java.util.List.of("klarna_customer_sessions", "klarna_payment_requests", "ap_checkout_sessions",
                    "ap_payments", "klarna_customer_tokens")) {
                all.addAll(handle.createQuery("SELECT document FROM " + table).mapTo(String.class).list());
            }
            return all;
        });

        assertThat(documents).hasSizeGreaterThan(30);
        for (String document : documents) {
            assertThat(document.chars()).allMatch(c -> c >= 0x20 && c < 0x7f);
            assertThat(numbers(readTree(document))).allMatch(JsonNode::isIntegralNumber);
        }
    }

    @Test
    void money_columns_hold_the_integer_minor_units_and_currency_of_the_aggregate() {
        var payment = Fixtures.states(Fixtures.paymentHistory(PaymentCase.AUTHORIZED));
        payment.forEach(storage.payments()::save);

        var row = database.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT amount_minor, currency, state FROM ap_payments WHERE id = :id")
                .bind("id", payment.last().id().value())
                .map((rs, ctx) -> rs.getLong("amount_minor") + " " + rs.getString("currency") + " "
                        + rs.getString("state"))
                .one());

        assertThat(row).isEqualTo("4200 NOK AUTHORIZED");
    }

    @Test
    void a_document_the_mapper_cannot_read_is_reported_as_corrupt() {
        CustomerSession session = Fixtures.sessionHistory(SessionKind.SUPPORTED).head().next();
        storage.customerSessions().save(session);
        database.jdbi().useHandle(handle -> handle.createUpdate(
                        "UPDATE klarna_customer_sessions SET document = :document WHERE id = :id")
                .bind("document", "{\"format\":1,\"id\":\"" + session.id() + "\"}")
                .bind("id", session.id().value()).execute());

        assertThatThrownBy(() -> storage.customerSessions().findById(session.id()))
                .isInstanceOf(CorruptDocumentException.class).hasMessageContaining("partner");
    }

    @Test
    void a_row_whose_version_disagrees_with_its_document_is_reported_as_corrupt() {
        CustomerSession session = Fixtures.sessionHistory(SessionKind.SUPPORTED).head().next();
        storage.customerSessions().save(session);
        database.jdbi().useHandle(handle -> handle.createUpdate(
                "UPDATE klarna_customer_sessions SET version = 7 WHERE id = :id").bind("id", session.id().value()).execute());

        assertThatThrownBy(() -> storage.customerSessions().findById(session.id()))
                .isInstanceOf(CorruptDocumentException.class);
    }

    private static String dumpAllTables() {
        return database.jdbi().withHandle(handle -> {
            StringBuilder dump = new StringBuilder();
            for (String table : JdbiTestStorage.TABLES) {
                handle.createQuery("SELECT * FROM " + table).map((rs, ctx) -> {
                    StringBuilder row = new StringBuilder();
                    for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                        row.append(rs.getString(column)).append('\n');
                    }
                    return row.toString();
                }).forEach(dump::append);
            }
            return dump.toString();
        });
    }

    private static JsonNode readTree(String document) {
        try {
            return JSON.readTree(document);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + document, e);
        }
    }

    private static java.util.List<JsonNode> numbers(JsonNode node) {
        java.util.List<JsonNode> found = new ArrayList<>();
        if (node.isNumber()) {
            found.add(node);
        }
        for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
            found.addAll(numbers(children.next()));
        }
        return found;
    }
}
