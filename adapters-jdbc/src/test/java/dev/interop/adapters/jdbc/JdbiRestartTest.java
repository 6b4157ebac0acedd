package dev.interop.adapters.jdbc;

import dev.interop.application.contract.Storage;
import static dev.interop.application.contract.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.application.contract.Fixtures;
import dev.interop.application.contract.Fixtures.CheckoutCase;
import dev.interop.application.contract.Fixtures.PaymentCase;
import dev.interop.application.contract.Fixtures.PaymentRequestCase;
import dev.interop.shared.application.port.StoredEvent;
import dev.interop.shared.application.port.StoredResponse;
import dev.interop.klarna.application.port.out.CustomerTokenGrant;
import dev.interop.shared.application.port.IdempotencyStore.Claim;
import dev.interop.shared.application.port.IdempotencyStore.Key;
import dev.interop.acquirer.application.port.out.PartnerAccount;
import dev.interop.klarna.domain.authorization.PaymentTransaction;
import dev.interop.acquirer.domain.checkout.CheckoutSession;
import dev.interop.acquirer.domain.payment.Payment;
import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import dev.interop.klarna.domain.session.CustomerSession;
import dev.interop.klarna.domain.session.IssuedToken;
import dev.interop.klarna.domain.session.SessionKind;
import dev.interop.shared.domain.Transition;
import dev.interop.shared.domain.Versioned;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Everything written through one {@link Database} is read back equal through a new one on the same database after
 * the first was closed: what a server restart does.
 */
class JdbiRestartTest {

    private record Written(PartnerAccount partner, CustomerTokenGrant grant, List<CustomerSession> sessions,
            List<PaymentRequest> requests, List<CheckoutSession> checkouts, List<Payment> payments,
            PaymentTransaction transaction, Key key, StoredResponse response) {
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void every_aggregate_event_and_key_written_before_a_restart_reads_back_equal_after_it(TestDatabase kind) {
        DatabaseSettings settings = kind.fresh();
        Written written;
        try (Database before = Database.open(settings)) {
            written = writeEverything(JdbiTestStorage.on(before));
        }

        try (Database after = Database.open(settings)) {
            assertThat(after.migrate()).isZero();
            Storage storage = JdbiTestStorage.on(after);
            assertThat(storage.partners().findByApiKeyHash(written.partner().apiKeyHash()).toJavaOptional())
                    .contains(written.partner());
            assertThat(storage.customerTokens().findByHash(written.grant().identity().customerTokenHash())
                    .toJavaOptional()).contains(written.grant());
            for (CustomerSession session : written.sessions()) {
                assertThat(storage.customerSessions().findById(session.id()).toJavaOptional()).contains(session);
                for (IssuedToken token : session.tokens()) {
                    assertThat(storage.customerSessions().findByTokenHash(token.hash()).toJavaOptional())
                            .contains(session);
                }
                assertThat(storage.events().timeline(session.id().value()).map(StoredEvent::sequence))
                        .containsExactlyElementsOf(List.rangeClosed(1L, session.eventCount()));
            }
            written.requests().forEach(request -> assertThat(storage.paymentRequests().findById(request.id())
                    .toJavaOptional()).contains(request));
            written.checkouts().forEach(checkout -> assertThat(storage.checkoutSessions().findById(checkout.id())
                    .toJavaOptional()).contains(checkout));
            written.payments().forEach(payment -> assertThat(storage.payments().findById(payment.id())
                    .toJavaOptional()).contains(payment));
            assertThat(storage.paymentTransactions().findById(written.transaction().id()).toJavaOptional())
                    .contains(written.transaction());
            assertThat(storage.idempotency().claim(written.key(), "fp", T0.plusSeconds(10), T0.plusSeconds(130),
                    T0.plus(Duration.ofHours(24)))).isEqualTo(new Claim.Completed("fp", written.response()));
        }
    }

    private static Written writeEverything(Storage storage) {
        PartnerAccount partner = Fixtures.partner(Fixtures.unique().substring(0, 8));
        storage.partners().insert(partner);
        CustomerTokenGrant grant = Fixtures.grant(Fixtures.unique(), true);
        storage.customerTokens().insert(grant);
        List<CustomerSession> sessions = List.of(SessionKind.values())
                .map(kind -> saveWithEvents(storage, "customer_session", Fixtures.sessionHistory(kind),
                        session -> storage.customerSessions().save(session), session -> session.id().value()));
        List<PaymentRequest> requests = List.of(PaymentRequestCase.values())
                .map(which -> saveWithEvents(storage, "payment_request", Fixtures.paymentRequestHistory(which),
                        request -> storage.paymentRequests().save(request), request -> request.id().value()));
        List<CheckoutSession> checkouts = List.of(CheckoutCase.values())
                .map(which -> saveWithEvents(storage, "checkout_session", Fixtures.checkoutHistory(which),
                        checkout -> storage.checkoutSessions().save(checkout), checkout -> checkout.id().value()));
        List<Payment> payments = List.of(PaymentCase.values())
                .map(which -> saveWithEvents(storage, "payment", Fixtures.paymentHistory(which),
                        payment -> storage.payments().save(payment), payment -> payment.id().value()));
        PaymentTransaction transaction = Fixtures.transaction(Option.of(sessions.head().id().value()));
        storage.paymentTransactions().insert(transaction);
        Key key = new Key("partner-restart", "key-" + Fixtures.unique());
        StoredResponse response = new StoredResponse(201, "{\"id\":\"pay_restart\"}");
        storage.idempotency().claim(key, "fp", T0, T0.plusSeconds(120), T0.plus(Duration.ofHours(24)));
        storage.idempotency().complete(key, response);
        return new Written(partner, grant, sessions, requests, checkouts, payments, transaction, key, response);
    }

    private static <A extends Versioned> A saveWithEvents(Storage storage, String type,
            List<Transition<A>> history, Consumer<A> save, java.util.function.Function<A, String> id) {
        for (Transition<A> step : history) {
            storage.unitOfWork().inTransaction(() -> {
                save.accept(step.next());
                storage.events().append(Fixtures.storedEvents(type, id.apply(step.next()), step, T0));
                return null;
            });
        }
        return history.last().next();
    }
}
