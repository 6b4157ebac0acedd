package dev.interop.benchmarks.load;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The journeys of API.md as the HTTP contract tests drive them, with the exact request bodies, plus the single
 * requests the HTTP baselines use. Every journey uses one Partner created through the admin API (server-side only,
 * with dynamic shipping: every journey is open to it); Partner API writes carry an {@code Idempotency-Key}, as a
 * careful Partner sends them.
 */
public final class Scenarios {

    /** The names {@link #named} knows. */
    public static final List<String> NAMES = List.of("kec-multi", "kec-one", "siwk", "prequal");

    static final String DATA = "{\\\"content_type\\\":\\\"application/vnd.klarna.interoperability-data.v2+json\\\","
            + "\\\"content\\\":{\\\"operation\\\":\\\"payment_request\\\",\\\"reference\\\":\\\"order-1\\\"}}";
    static final String ITEMS_10000 = "[{\"name\":\"Sneakers\",\"quantity\":1,\"unit_price\":9500,\"total_amount\":9500},"
            + "{\"name\":\"Shipping\",\"quantity\":1,\"unit_price\":500,\"total_amount\":500}]";
    static final String ITEMS_9500 = "[{\"name\":\"Sneakers\",\"quantity\":1,\"unit_price\":9500,\"total_amount\":9500},"
            + "{\"name\":\"Shipping\",\"quantity\":1,\"unit_price\":0,\"total_amount\":0}]";

    private Scenarios() {
    }

    /** The journey scenario of this name (see {@link #NAMES}), creating its Partner with {@code adminKey}. */
    public static Scenario named(String name, String adminKey) {
        return switch (name) {
            case "kec-multi" -> new ExpressCheckoutMultiStep(adminKey);
            case "kec-one" -> new ExpressCheckoutOneStep(adminKey);
            case "siwk" -> new SignInWithKlarna(adminKey);
            case "prequal" -> new Prequalification(adminKey);
            default -> throw new IllegalArgumentException("unknown scenario " + name + "; one of " + NAMES);
        };
    }

    /** One {@code GET path} expecting 200: the HTTP baselines ({@code /ping} on bare Javalin, {@code /health/live}). */
    public static Scenario get(String path) {
        return new Scenario() {
            @Override
            public String name() {
                return "GET " + path;
            }

            @Override
            public int requestsPerJourney() {
                return 1;
            }

            @Override
            public void prepare(HttpDriver setup) {
                setup.send("warm-up", "GET", path, null, 200);
            }

            @Override
            public void run(HttpDriver http, int customer, long iteration) {
                http.send("GET " + path, "GET", path, null, 200);
            }
        };
    }

    /** A Partner as the admin API created it. */
    record Partner(String apiKey, String clientId) {
        String[] bearer(String... more) {
            String[] headers = new String[2 + more.length];
            headers[0] = "Authorization";
            headers[1] = "Bearer " + apiKey;
            System.arraycopy(more, 0, headers, 2, more.length);
            return headers;
        }
    }

    /** The common part: the Partner, created once. */
    private abstract static class Journey implements Scenario {

        private final String adminKey;
        protected Partner partner;

        Journey(String adminKey) {
            this.adminKey = adminKey;
        }

        @Override
        public void prepare(HttpDriver setup) {
            HttpDriver.Answer created = setup.send("admin/partners", "POST", "/admin/v1/partners",
                    "{\"name\":\"Bench shop\",\"integration_type\":\"SERVER_SIDE_ONLY\",\"dynamic_shipping\":true}",
                    201, "Authorization", "Bearer " + adminKey);
            partner = new Partner(created.text("/api_key"), created.text("/klarna_client_id"));
        }

        protected String client() {
            return "\"client_id\":\"" + partner.clientId() + "\"";
        }

        protected static String email(int customer, long iteration) {
            return String.format(Locale.ROOT, "vc%d.%d@example.com", customer, iteration);
        }

        protected static String key() {
            return UUID.randomUUID().toString();
        }

        protected HttpDriver.Answer customerAction(HttpDriver http, String requestId, String action, String more) {
            return http.send("sandbox customer/" + action, "POST",
                    "/sandbox/klarna/v1/payment-requests/" + requestId + "/customer/" + action,
                    "{" + client() + more + "}", 200);
        }

        protected static void expect(String what, String actual, String expected) {
            if (!expected.equals(actual)) {
                throw new JourneyFailed(what + " was " + actual + ", expected " + expected);
            }
        }
    }

    /**
     * Journey 4 (9 requests): the express button with intent PREPARATION, the customer starts, sets a shipping
     * address and approves; the Partner asks for the payment methods, opens a checkout session with the token and
     * data, updates it on the review screen (cheaper shipping, {@code If-Match}), registers the payment for
     * finalization and reads it back.
     */
    static final class ExpressCheckoutMultiStep extends Journey {

        ExpressCheckoutMultiStep(String adminKey) {
            super(adminKey);
        }

        @Override
        public String name() {
            return "kec-multi";
        }

        @Override
        public int requestsPerJourney() {
            return 9;
        }

        @Override
        public void run(HttpDriver http, int customer, long iteration) {
            String requestId = http.send("sandbox express-checkouts", "POST", "/sandbox/klarna/v1/express-checkouts",
                    "{" + client() + ",\"intent\":\"PREPARATION\",\"amount\":10000,\"currency\":\"EUR\","
                            + "\"line_items\":" + ITEMS_10000 + ",\"reference\":\"order-express\"}", 201)
                    .text("/payment_request_id");
            customerAction(http, requestId, "start", "");
            customerAction(http, requestId, "shipping-address",
                    ",\"address\":{\"postal_code\":\"11122\",\"country\":\"SE\"}");
            HttpDriver.Answer approved = customerAction(http, requestId, "approve",
                    ",\"customer\":{\"email\":\"" + email(customer, iteration) + "\"}");
            expect("approved state", approved.text("/state"), "COMPLETED");
            String token = approved.text("/interoperability_token");

            HttpDriver.Answer methods = http.send("partner POST payment-methods", "POST", "/v1/payment-methods",
                    "{\"amount\":10000,\"currency\":\"EUR\",\"klarna_network_session_token\":\"" + token + "\"}", 200,
                    partner.bearer());
            expect("instruction", methods.text("/klarna_instruction"), "SHOW_ONLY_KLARNA");
            String sessionId = http.send("partner POST checkout-sessions", "POST", "/v1/checkout-sessions",
                    "{\"amount\":10000,\"currency\":\"EUR\",\"line_items\":" + ITEMS_10000
                            + ",\"klarna_interoperability_token\":\"" + token + "\",\"interoperability_data\":\"" + DATA
                            + "\"}", 201, partner.bearer("Idempotency-Key", key())).text("/id");
            http.send("partner PATCH checkout-sessions/{id}", "PATCH", "/v1/checkout-sessions/" + sessionId,
                    "{\"amount\":9500,\"currency\":\"EUR\",\"line_items\":" + ITEMS_9500 + "}", 200,
                    partner.bearer("If-Match", "\"1\"", "Idempotency-Key", key()));
            HttpDriver.Answer payment = http.send("partner POST payments", "POST", "/v1/payments",
                    "{\"amount\":9500,\"currency\":\"EUR\",\"reference\":\"order-1\",\"checkout_session_id\":\""
                            + sessionId + "\",\"finalize\":true}", 201, partner.bearer("Idempotency-Key", key()));
            expect("payment status", payment.text("/status"), "AUTHORIZED");
            HttpDriver.Answer read = http.send("partner GET payments/{id}", "GET", "/v1/payments/"
                    + payment.text("/id"), null, 200, partner.bearer());
            expect("payment read back", read.text("/status"), "AUTHORIZED");
        }
    }

    /**
     * Journey 3 (6 requests): the express button with intent AUTHORIZATION, start, shipping address, express shipping
     * option, approve; the Partner submits the payment with the fresh token.
     */
    static final class ExpressCheckoutOneStep extends Journey {

        ExpressCheckoutOneStep(String adminKey) {
            super(adminKey);
        }

        @Override
        public String name() {
            return "kec-one";
        }

        @Override
        public int requestsPerJourney() {
            return 6;
        }

        @Override
        public void run(HttpDriver http, int customer, long iteration) {
            String requestId = http.send("sandbox express-checkouts", "POST", "/sandbox/klarna/v1/express-checkouts",
                    "{" + client() + ",\"intent\":\"AUTHORIZATION\",\"amount\":10000,\"currency\":\"EUR\","
                            + "\"line_items\":[{\"name\":\"Sneakers\",\"quantity\":1,\"unit_price\":10000,"
                            + "\"total_amount\":10000}],\"reference\":\"order-express\"}", 201)
                    .text("/payment_request_id");
            customerAction(http, requestId, "start", "");
            customerAction(http, requestId, "shipping-address",
                    ",\"address\":{\"postal_code\":\"11122\",\"country\":\"SE\"}");
            customerAction(http, requestId, "shipping-option", ",\"shipping_option_reference\":\"express\"");
            String token = customerAction(http, requestId, "approve",
                    ",\"customer\":{\"email\":\"" + email(customer, iteration) + "\"}").text("/interoperability_token");
            HttpDriver.Answer payment = http.send("partner POST payments", "POST", "/v1/payments",
                    "{\"amount\":10990,\"currency\":\"EUR\",\"reference\":\"order-express\","
                            + "\"interoperability_token\":\"" + token + "\",\"klarna_interoperability_data\":\"" + DATA
                            + "\"}", 201, partner.bearer("Idempotency-Key", key()));
            expect("payment status", payment.text("/status"), "AUTHORIZED");
        }
    }

    /**
     * Journey 2 (6 requests): sign-in and token exchange on Klarna's side; the Partner opens a checkout session with
     * the token, asks for the payment methods, pays through the session and reads the session back.
     */
    static final class SignInWithKlarna extends Journey {

        SignInWithKlarna(String adminKey) {
            super(adminKey);
        }

        @Override
        public String name() {
            return "siwk";
        }

        @Override
        public int requestsPerJourney() {
            return 6;
        }

        @Override
        public void run(HttpDriver http, int customer, long iteration) {
            String customerToken = http.send("sandbox sign-ins", "POST", "/sandbox/klarna/v1/sign-ins",
                    "{" + client() + ",\"customer\":{\"email\":\"" + email(customer, iteration)
                            + "\",\"given_name\":\"Ada\",\"family_name\":\"Lovelace\"},"
                            + "\"scopes\":[\"payment:customer_present\",\"customer:login\"]}", 201)
                    .text("/customer_token");
            String token = http.send("sandbox interoperability-tokens", "POST",
                    "/sandbox/klarna/v1/interoperability-tokens",
                    "{" + client() + ",\"customer_token\":\"" + customerToken + "\"}", 201)
                    .text("/interoperability_token");
            String sessionId = http.send("partner POST checkout-sessions", "POST", "/v1/checkout-sessions",
                    "{\"amount\":8000,\"currency\":\"EUR\",\"reference\":\"order-1\",\"line_items\":[{\"name\":"
                            + "\"Sneakers\",\"quantity\":1,\"unit_price\":8000,\"total_amount\":8000}],"
                            + "\"klarna_network_session_token\":\"" + token + "\",\"klarna_network_data\":\"" + DATA
                            + "\"}", 201, partner.bearer("Idempotency-Key", key())).text("/id");
            http.send("partner POST payment-methods", "POST", "/v1/payment-methods",
                    "{\"amount\":8000,\"currency\":\"EUR\",\"klarna_network_session_token\":\"" + token + "\"}", 200,
                    partner.bearer());
            HttpDriver.Answer payment = http.send("partner POST payments", "POST", "/v1/payments",
                    "{\"amount\":8000,\"currency\":\"EUR\",\"reference\":\"order-1\",\"checkout_session_id\":\""
                            + sessionId + "\"}", 201, partner.bearer("Idempotency-Key", key()));
            expect("payment status", payment.text("/status"), "AUTHORIZED");
            HttpDriver.Answer read = http.send("partner GET checkout-sessions/{id}", "GET",
                    "/v1/checkout-sessions/" + sessionId, null, 200, partner.bearer());
            expect("checkout session status", read.text("/status"), "COMPLETED");
        }
    }

    /** Journey 1 (3 requests): pre-qualification, the payment methods, the payment with the token and data. */
    static final class Prequalification extends Journey {

        Prequalification(String adminKey) {
            super(adminKey);
        }

        @Override
        public String name() {
            return "prequal";
        }

        @Override
        public int requestsPerJourney() {
            return 3;
        }

        @Override
        public void run(HttpDriver http, int customer, long iteration) {
            String token = http.send("sandbox prequalifications", "POST", "/sandbox/klarna/v1/prequalifications",
                    "{" + client() + ",\"customer\":{\"email\":\"" + email(customer, iteration)
                            + "\"},\"amount\":12000,\"currency\":\"EUR\"}", 201).text("/interoperability_token");
            HttpDriver.Answer methods = http.send("partner POST payment-methods", "POST", "/v1/payment-methods",
                    "{\"amount\":12000,\"currency\":\"EUR\",\"locale\":\"sv-SE\",\"interoperability_token\":\""
                            + token + "\"}", 200, partner.bearer());
            expect("instruction", methods.text("/klarna_instruction"), "PRESELECT_KLARNA");
            HttpDriver.Answer payment = http.send("partner POST payments", "POST", "/v1/payments",
                    "{\"amount\":12000,\"currency\":\"EUR\",\"reference\":\"order-1\","
                            + "\"klarna_interoperability_token\":\"" + token + "\",\"interoperability_data\":\"" + DATA
                            + "\"}", 201, partner.bearer("Idempotency-Key", key()));
            expect("payment status", payment.text("/status"), "AUTHORIZED");
        }
    }
}
