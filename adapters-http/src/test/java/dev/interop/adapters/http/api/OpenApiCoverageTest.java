package dev.interop.adapters.http.api;

import dev.interop.acquirer.application.inmemory.InMemoryNotificationKeys;
import dev.interop.adapters.http.ReadinessCheck;
import dev.interop.adapters.http.SecretCheck;
import dev.interop.adapters.http.testing.TestServer;
import dev.interop.composition.Interop;
import dev.interop.shared.application.system.SystemClock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.adapters.http.testing.InteropHttpFixture;
import dev.interop.adapters.http.testing.OpenApiValidator;
import io.javalin.http.HandlerType;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code openapi.json} describes exactly the routes the server has, and its response schemas are closed. */
class OpenApiCoverageTest {

    private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final OpenApiValidator OPENAPI = OpenApiValidator.forServer();
    private static InteropHttpFixture fixture;
    /** The faces of the split roles: {@code acquirer} and {@code klarna-sandbox}. */
    private static TestServer acquirerRole;
    private static TestServer sandboxRole;

    @BeforeAll
    static void start() {
        fixture = InteropHttpFixture.inMemory();
        Interop interop = Interop.inMemory();
        acquirerRole = TestServer.startWith(TestServer.testSettings(), ReadinessCheck.alwaysReady(),
                registry -> InteropHttpApi.acquirerRoutes(interop.acquirer(), SecretCheck.equalTo(() -> "admin"),
                        new InMemoryNotificationKeys(), new SystemClock(), registry));
        sandboxRole = TestServer.startWith(TestServer.testSettings(), ReadinessCheck.alwaysReady(),
                registry -> InteropHttpApi.klarnaRoutes(interop.klarna(), SecretCheck.equalTo(() -> "klarna")));
    }

    @AfterAll
    static void stop() {
        fixture.close();
        acquirerRole.close();
        sandboxRole.close();
    }

    /** Every route of every role. */
    private static Set<String> registered() {
        Set<String> operations = new TreeSet<>();
        operations.addAll(registered(fixture.server()));
        operations.addAll(registered(acquirerRole));
        operations.addAll(registered(sandboxRole));
        return operations;
    }

    private static Set<String> registered(TestServer server) {
        Set<String> operations = new TreeSet<>();
        server.server().javalin().unsafe.internalRouter.allHttpHandlers().forEach(parsed -> {
            HandlerType method = parsed.endpoint.method;
            if (HTTP_METHODS.contains(method.name())) {
                operations.add(method.name() + " " + parsed.endpoint.path);
            }
        });
        return operations;
    }

    private static Set<String> documented() {
        Set<String> operations = new TreeSet<>();
        for (Iterator<String> paths = OPENAPI.document().get("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            OPENAPI.document().get("paths").get(path).fieldNames().forEachRemaining(method -> {
                if (HTTP_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
                    operations.add(method.toUpperCase(Locale.ROOT) + " " + path);
                }
            });
        }
        return operations;
    }

    @Test
    void documents_every_route_the_server_has_and_no_other() {
        Set<String> registered = registered();

        assertThat(registered).hasSizeGreaterThan(25).contains("PATCH /v1/checkout-sessions/{id}",
                "GET /sandbox/klarna/v2/accounts/{pid}/payment/presentation", "POST /klarna/v1/notifications",
                "POST /sandbox/klarna/v2/notification/webhooks");
        assertThat(documented()).containsExactlyInAnyOrderElementsOf(registered);
    }

    @Test
    void gives_every_operation_an_id_and_a_problem_answer() {
        OPENAPI.document().get("paths").forEach(path -> path.fields().forEachRemaining(operation -> {
            if (HTTP_METHODS.contains(operation.getKey().toUpperCase(Locale.ROOT))) {
                assertThat(operation.getValue().path("operationId").asText()).isNotBlank();
                assertThat(operation.getValue().path("responses").has("default")).isTrue();
            }
        }));
    }

    @Test
    void refuses_a_response_with_an_undocumented_field() {
        String payment = """
                {"id": "pay_1", "status": "AUTHORIZED", "journey": "STANDARD", "amount": 100, "currency": "EUR",
                 "reference": "r", "finalize": false, "reapproval_required": false, "version": 1,
                 "allowed_actions": [], "created_at": "2030-01-01T00:00:00Z", "klarna": {}}
                """;

        assertThat(OPENAPI.schemaErrors("Payment", payment)).isEmpty();
        assertThat(OPENAPI.schemaErrors("Payment", payment.replace("\"klarna\": {}",
                "\"klarna\": {}, \"interoperability_token\": \"secret\""))).isNotEmpty();
        assertThat(OPENAPI.schemaErrors("Payment", payment.replace("AUTHORIZED", "PAID"))).isNotEmpty();
    }
}
