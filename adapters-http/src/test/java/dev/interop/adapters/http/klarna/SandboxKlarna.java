package dev.interop.adapters.http.klarna;

import dev.interop.adapters.http.SecretCheck;
import dev.interop.adapters.http.api.InteropHttpApi;
import dev.interop.adapters.http.testing.TestServer;
import dev.interop.composition.KlarnaSide;
import dev.interop.klarna.application.inmemory.InMemoryKlarnaStorage;
import dev.interop.klarna.application.port.in.ExchangeCustomerTokenCommand;
import dev.interop.klarna.application.port.in.SignInCommand;
import dev.interop.klarna.application.port.in.StartPrequalificationCommand;
import dev.interop.klarna.domain.session.CustomerTokenScope;
import dev.interop.shared.application.inmemory.InMemoryDatabase;
import dev.interop.shared.domain.CurrencyCode;
import dev.interop.shared.domain.Money;
import dev.interop.shared.network.KlarnaClientId;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.collection.LinkedHashSet;
import io.vavr.control.Option;
import java.net.URI;
import java.util.UUID;

/**
 * Klarna's side (the sandbox) in memory for the gateway tests: what the customer does in Klarna's journeys (to get
 * tokens), how many payment transactions Klarna made, and its {@code /sandbox/klarna} face on a real server.
 */
final class SandboxKlarna {

    static final String RETURN_URL = "https://shop.example/return";

    private final InMemoryDatabase db = new InMemoryDatabase();
    final KlarnaSide side = KlarnaSide.builder().withStorage(InMemoryKlarnaStorage.on(db))
            .withNotifier(notification -> {
            }).build();
    final String apiKey = "klarna-" + UUID.randomUUID();

    static Money eur(long minorUnits) {
        return Money.of(minorUnits, "EUR");
    }

    /** A token from On-site messaging: approved up to the sandbox's purchase power unless {@code +stepup} etc. */
    InteroperabilityToken prequalified(KlarnaClientId client, String email) {
        return side.startPrequalification().start(new StartPrequalificationCommand(client, email,
                Option.some(eur(12_000)), CurrencyCode.of("EUR"))).get().token();
    }

    /** A token from Sign in with Klarna: the session knows the e-mail, so {@code +decline} declines. */
    InteroperabilityToken signedIn(KlarnaClientId client, String email) {
        String customerToken = side.signIn().signIn(new SignInCommand(client, email, Option.none(), Option.none(),
                LinkedHashSet.of(CustomerTokenScope.PAYMENT_CUSTOMER_PRESENT))).get().customerToken();
        return side.exchangeCustomerToken().exchange(new ExchangeCustomerTokenCommand(client, customerToken)).get()
                .token();
    }

    /** How many payment transactions Klarna has made (the in-memory transaction repository's table). */
    int transactions() {
        return db.table("payment_transactions").rows().size();
    }

    /** The real server with only the Klarna sandbox face, taking {@link #apiKey}. */
    TestServer startServer() {
        return TestServer.start(InteropHttpApi.klarnaSandbox(side, SecretCheck.equalTo(() -> apiKey)));
    }

    /** Where the client finds the sandbox's API on {@code server}. */
    static URI baseUrl(TestServer server) {
        return server.uri("/sandbox/klarna");
    }
}
