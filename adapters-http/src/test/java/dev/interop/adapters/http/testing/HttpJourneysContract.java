package dev.interop.adapters.http.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The four journeys of DOMAIN.md and their main failure paths, driven over HTTP only: the customer through the Klarna
 * sandbox, the Partner through the Acquiring Partner API, the Acquiring Partner through Klarna's AP-facing API.
 * Subclass it (overriding {@link #startFixture()} when the engine is not the in-memory one) to run it.
 */
public abstract class HttpJourneysContract extends InteropHttpContract {

    // ---- journey 1: pre-qualification (on-site messaging)

    @Test
    void prequalified_customer_is_shown_klarna_preselected_and_the_payment_is_authorized() {
        Partner shop = serverSidePartner();
        JsonNode prequalified = ok(sandboxPost(PREQUALIFICATIONS, List.of(), json("client_id", shop.clientId(),
                "customer", object("email", "ada@example.com"), "amount", 12000, "currency", "EUR")), 201);
        String token = prequalified.get("interoperability_token").asText();

        JsonNode methods = ok(partnerPost(shop, PAYMENT_METHODS, json("amount", 12000, "currency", "EUR",
                "locale", "sv-SE", "interoperability_token", token)), 200);
        TestResponse created = partnerPost(shop, PAYMENTS, json("amount", 12000, "currency", "EUR",
                "reference", "order-1", "klarna_interoperability_token", token, "interoperability_data", DATA));
        JsonNode payment = ok(created, 201);

        assertThat(prequalified.get("prequalified").asBoolean()).isTrue();
        assertThat(prequalified.at("/purchase_power/amount").asLong()).isEqualTo(PURCHASE_POWER);
        assertThat(methods.get("klarna_instruction").asText()).isEqualTo("PRESELECT_KLARNA");
        assertThat(methods.at("/payment_methods/0/type").asText()).isEqualTo("KLARNA");
        assertThat(methods.at("/payment_methods/0/preselected").asBoolean()).isTrue();
        assertThat(payment.get("status").asText()).isEqualTo("AUTHORIZED");
        assertThat(payment.get("journey").asText()).isEqualTo("PRE_QUALIFICATION");
        assertThat(payment.at("/klarna/payment_transaction_id").asText()).startsWith("krn:payment:");
        assertThat(created.header("Location")).contains(PAYMENTS + "/" + payment.get("id").asText());
        assertThat(created.header("ETag")).contains("\"" + payment.get("version").asLong() + "\"");
        JsonNode read = ok(partnerGet(shop, PAYMENT, payment.get("id").asText()), 200);
        assertThat(read.get("status").asText()).isEqualTo("AUTHORIZED");
        assertThat(eventTypes(shop, PAYMENT_EVENTS, payment.get("id").asText()))
                .startsWith("payment.submitted").contains("payment.authorized");
    }

    @Test
    void a_consumed_token_is_refused_when_used_again() {
        Partner shop = serverSidePartner();
        String token = prequalify(shop, "ben@example.com", 5000);
        ok(partnerPost(shop, PAYMENTS, json("amount", 5000, "currency", "EUR", "reference", "order-1",
                "interoperability_token", token)), 201);

        TestResponse again = partnerPost(shop, PAYMENTS, json("amount", 5000, "currency", "EUR",
                "reference", "order-2", "interoperability_token", token));

        problem(again, 409, "TOKEN_CONSUMED");
    }

    @Test
    void a_token_of_another_partner_is_refused() {
        Partner shop = serverSidePartner();
        Partner other = serverSidePartner();
        String token = prequalify(other, "cleo@example.com", 5000);

        TestResponse answer = partnerPost(shop, PAYMENTS, json("amount", 5000, "currency", "EUR",
                "reference", "order-1", "klarna_network_session_token", token));

        assertThat(answer.status()).isIn(403, 409);
        assertThat(answer.json().get("code").asText()).isEqualTo("TOKEN_OF_ANOTHER_PARTNER");
    }

    @Test
    void a_customer_klarna_declines_gets_a_declined_payment() {
        Partner shop = serverSidePartner();
        String token = prequalify(shop, "dan+decline@example.com", 5000);

        JsonNode payment = ok(partnerPost(shop, PAYMENTS, json("amount", 5000, "currency", "EUR",
                "reference", "order-1", "interoperability_token", token)), 201);

        assertThat(payment.get("status").asText()).isEqualTo("DECLINED");
        assertThat(payment.get("decline_reason").asText()).isNotBlank();
    }

    @Test
    void a_step_up_completed_by_the_customer_authorizes_the_payment_without_the_partner_calling_again() {
        Partner shop = serverSidePartner();
        String token = signIn(shop, "eve+stepup@example.com");
        JsonNode waiting = ok(partnerPost(shop, PAYMENTS, json("amount", 5000, "currency", "EUR",
                "reference", "order-1", "interoperability_token", token, "step_up", object("return_url", RETURN_URL))),
                201);
        String requestId = waiting.at("/klarna/payment_request_id").asText();

        ok(customer(shop, requestId, "start"), 200);
        JsonNode approved = ok(customer(shop, requestId, "approve"), 200);
        JsonNode payment = settledPayment(shop, waiting.get("id").asText());

        assertThat(waiting.get("status").asText()).isEqualTo("REQUIRES_CUSTOMER_ACTION");
        assertThat(waiting.at("/klarna/payment_request_url").asText()).startsWith("https://");
        assertThat(approved.get("state").asText()).isEqualTo("COMPLETED");
        assertThat(payment.get("status").asText()).isEqualTo("AUTHORIZED");
        assertThat(payment.at("/klarna/payment_transaction_id").asText()).isNotBlank();
    }

    @Test
    void a_step_up_the_customer_declines_declines_the_payment() {
        Partner shop = serverSidePartner();
        String token = signIn(shop, "fay+stepup@example.com");
        JsonNode waiting = ok(partnerPost(shop, PAYMENTS, json("amount", 5000, "currency", "EUR",
                "reference", "order-1", "interoperability_token", token, "step_up", object("return_url", RETURN_URL))),
                201);
        String requestId = waiting.at("/klarna/payment_request_id").asText();

        ok(customer(shop, requestId, "start"), 200);
        JsonNode aborted = ok(customer(shop, requestId, "abort"), 200);
        JsonNode declined = ok(customer(shop, requestId, "decline"), 200);

        assertThat(aborted.get("state").asText()).isEqualTo("SUBMITTED");
        assertThat(aborted.get("state_reason").asText()).isEqualTo("PURCHASE_FLOW_ABORTED");
        assertThat(declined.get("state").asText()).isEqualTo("DECLINED");
        assertThat(settledPayment(shop, waiting.get("id").asText()).get("status").asText())
                .isEqualTo("DECLINED");
        problem(customer(shop, requestId, "start"), 409, "PAYMENT_REQUEST_FINAL");
    }

    @Test
    void without_a_step_up_configuration_a_customer_who_needs_one_is_never_sent_to_step_up() {
        Partner shop = serverSidePartner();
        String token = signIn(shop, "gus+stepup@example.com");

        JsonNode payment = ok(partnerPost(shop, PAYMENTS, json("amount", 5000, "currency", "EUR",
                "reference", "order-1", "interoperability_token", token)), 201);

        assertThat(payment.get("status").asText()).isNotEqualTo("REQUIRES_CUSTOMER_ACTION");
    }

    // ---- journey 2: Sign in with Klarna

    @Test
    void signed_in_customer_gets_klarna_preselected_with_others_minimized_and_pays_through_a_checkout_session() {
        Partner shop = hostedPartner();
        String token = signIn(shop, "hal@example.com");

        TestResponse opened = partnerPost(shop, CHECKOUT_SESSIONS, json("amount", 8000, "currency", "EUR",
                "reference", "order-1", "line_items", List.of(item("Sneakers", 1, 8000)),
                "klarna_network_session_token", token, "klarna_network_data", DATA));
        JsonNode session = ok(opened, 201);
        JsonNode methods = ok(partnerPost(shop, PAYMENT_METHODS, json("amount", 8000, "currency", "EUR",
                "klarna_network_session_token", token)), 200);
        JsonNode payment = ok(partnerPost(shop, PAYMENTS, json("amount", 8000, "currency", "EUR",
                "reference", "order-1", "checkout_session_id", session.get("id").asText())), 201);
        JsonNode completed = ok(partnerGet(shop, CHECKOUT_SESSION, session.get("id").asText()), 200);

        assertThat(session.get("klarna_instruction").asText()).isEqualTo("PRESELECT_KLARNA");
        assertThat(session.get("journey").asText()).isEqualTo("SIGN_IN_WITH_KLARNA");
        assertThat(session.get("status").asText()).isEqualTo("OPEN");
        assertThat(session.get("interoperability_token_present").asBoolean()).isTrue();
        assertThat(session.toString()).doesNotContain(token);
        assertThat(opened.header("ETag")).contains("\"1\"");
        assertThat(opened.header("Location")).contains(CHECKOUT_SESSIONS + "/" + session.get("id").asText());
        assertThat(methods.at("/payment_methods/0/type").asText()).isEqualTo("KLARNA");
        assertThat(methods.at("/payment_methods/0/preselected").asBoolean()).isTrue();
        List<Boolean> othersMinimized = new ArrayList<>();
        methods.get("payment_methods").forEach(method -> {
            if (!method.get("type").asText().equals("KLARNA")) {
                othersMinimized.add(method.get("minimized").asBoolean());
            }
        });
        assertThat(othersMinimized).isNotEmpty().containsOnly(true);
        assertThat(payment.get("status").asText()).isEqualTo("AUTHORIZED");
        assertThat(payment.get("journey").asText()).isEqualTo("SIGN_IN_WITH_KLARNA");
        assertThat(completed.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(completed.get("payment_id").asText()).isEqualTo(payment.get("id").asText());
        assertThat(eventTypes(shop, CHECKOUT_SESSION_EVENTS, session.get("id").asText()))
                .containsExactly("checkout_session.opened", "checkout_session.payment_registered",
                        "checkout_session.completed");
    }

    @Test
    void a_sign_in_without_the_customer_present_scope_cannot_be_exchanged_for_a_token() {
        Partner shop = hostedPartner();
        JsonNode signedIn = ok(sandboxPost(SIGN_INS, List.of(), json("client_id", shop.clientId(),
                "customer", object("email", "ida@example.com"), "scopes", List.of("customer:login"))), 201);

        TestResponse exchanged = sandboxPost(INTEROPERABILITY_TOKENS, List.of(), json("client_id", shop.clientId(),
                "customer_token", signedIn.get("customer_token").asText()));

        problem(exchanged, 403, "CUSTOMER_TOKEN_SCOPE_MISSING");
    }

    @Test
    void an_unknown_client_id_is_not_authenticated() {
        problem(sandboxPost(PREQUALIFICATIONS, List.of(), json("client_id", "klarna_test_client_nobody",
                "customer", object("email", "jo@example.com"), "currency", "EUR")), 401, "UNAUTHENTICATED");
    }

    // ---- journey 3: express checkout, one step

    @Test
    void one_step_express_checkout_with_shipping_changes_is_authorized_without_further_customer_interaction() {
        Partner shop = serverSidePartner();
        JsonNode request = ok(startExpress(shop, "AUTHORIZATION", 10000, List.of(item("Sneakers", 1, 10000))), 201);
        String requestId = request.get("payment_request_id").asText();

        JsonNode started = ok(customer(shop, requestId, "start"), 200);
        JsonNode addressed = ok(customer(shop, requestId, "shipping-address", "address",
                object("postal_code", "11122", "country", "SE")), 200);
        JsonNode expressed = ok(customer(shop, requestId, "shipping-option", "shipping_option_reference",
                "express"), 200);
        JsonNode approved = ok(customer(shop, requestId, "approve", "customer", object("email", "kim@example.com")),
                200);
        String token = approved.get("interoperability_token").asText();
        JsonNode payment = ok(partnerPost(shop, PAYMENTS, json("amount", 10990, "currency", "EUR",
                "reference", "order-express", "interoperability_token", token, "klarna_interoperability_data", DATA)),
                201);

        assertThat(request.get("state").asText()).isEqualTo("SUBMITTED");
        assertThat(request.get("intent").asText()).isEqualTo("AUTHORIZATION");
        assertThat(started.get("state").asText()).isEqualTo("IN_PROGRESS");
        assertThat(addressed.get("amount").asLong()).isEqualTo(10000);
        assertThat(addressed.get("selected_shipping_option").asText()).isEqualTo("standard");
        assertThat(addressed.get("shipping_options")).hasSize(2);
        assertThat(expressed.get("amount").asLong()).isEqualTo(10990);
        assertThat(expressed.get("selected_shipping_option").asText()).isEqualTo("express");
        assertThat(approved.get("state").asText()).isEqualTo("COMPLETED");
        assertThat(payment.get("status").asText()).isEqualTo("AUTHORIZED");
        assertThat(payment.get("journey").asText()).isEqualTo("EXPRESS_CHECKOUT_ONE_STEP");
    }

    @Test
    void one_step_express_is_refused_to_a_hosted_checkout_partner_pointing_to_the_multi_step_journey() {
        Partner shop = hostedPartner();

        JsonNode refused = problem(startExpress(shop, "AUTHORIZATION", 10000, List.of()), 422,
                "ONE_STEP_EXPRESS_NOT_AVAILABLE");

        assertThat(refused.get("detail").asText()).containsIgnoringCase("multi-step");
    }

    @Test
    void shipping_changes_the_partner_cannot_serve_are_refused_with_klarnas_reasons() {
        Partner shop = serverSidePartner();
        String requestId = ok(startExpress(shop, "AUTHORIZATION", 10000, List.of()), 201)
                .get("payment_request_id").asText();
        ok(customer(shop, requestId, "start"), 200);

        problem(customer(shop, requestId, "shipping-address", "address", object("country", "JP")), 422,
                "COUNTRY_NOT_SUPPORTED");
        ok(customer(shop, requestId, "shipping-address", "address", object("country", "SE")), 200);
        problem(customer(shop, requestId, "shipping-option", "shipping_option_reference", "drone"), 422,
                "INVALID_OPTION");

        JsonNode current = ok(acquirerCall("GET", PAYMENT_REQUEST, params("pid", shop.accountId(), "id", requestId),
                null, null), 200);
        assertThat(current.get("amount").asLong()).isEqualTo(10000);
        assertThat(current.at("/sandbox/shipping/option/reference").asText()).isEqualTo("standard");
    }

    // ---- journey 4: express checkout, multi-step (review screen)

    @Test
    void multi_step_express_checkout_finalizes_after_a_cheaper_shipping_choice_on_the_review_screen() {
        Partner shop = hostedPartner();
        String requestId = ok(startExpress(shop, "PREPARATION", 10000,
                List.of(item("Sneakers", 1, 9500), item("Shipping", 1, 500))), 201).get("payment_request_id").asText();
        String token = enterAndApprove(shop, requestId, "lea@example.com");
        JsonNode opened = ok(partnerPost(shop, CHECKOUT_SESSIONS, json("amount", 10000, "currency", "EUR",
                "line_items", List.of(item("Sneakers", 1, 9500), item("Shipping", 1, 500)),
                "klarna_interoperability_token", token, "interoperability_data", DATA)), 201);
        String sessionId = opened.get("id").asText();

        TestResponse reviewed = patchCheckoutSession(shop, sessionId, "\"1\"", json("amount", 9500, "currency", "EUR",
                "line_items", List.of(item("Sneakers", 1, 9500), item("Shipping", 1, 0))));
        JsonNode payment = ok(partnerPost(shop, PAYMENTS, json("amount", 9500, "currency", "EUR",
                "reference", "order-1", "checkout_session_id", sessionId, "finalize", true)), 201);

        assertThat(opened.get("klarna_instruction").asText()).isEqualTo("SHOW_ONLY_KLARNA");
        assertThat(opened.get("journey").asText()).isEqualTo("EXPRESS_CHECKOUT_MULTI_STEP");
        assertThat(ok(reviewed, 200).get("amount").asLong()).isEqualTo(9500);
        assertThat(reviewed.header("ETag")).contains("\"2\"");
        assertThat(payment.get("status").asText()).isEqualTo("AUTHORIZED");
        assertThat(payment.get("finalize").asBoolean()).isTrue();
        assertThat(payment.get("journey").asText()).isEqualTo("EXPRESS_CHECKOUT_MULTI_STEP");
        assertThat(ok(partnerGet(shop, CHECKOUT_SESSION, sessionId), 200).get("status").asText())
                .isEqualTo("COMPLETED");
        assertThat(eventTypes(shop, CHECKOUT_SESSION_EVENTS, sessionId)).containsExactly("checkout_session.opened",
                "checkout_session.updated", "checkout_session.payment_registered", "checkout_session.completed");
    }

    @Test
    void multi_step_express_checkout_with_a_dearer_shipping_choice_makes_the_customer_approve_again() {
        Partner shop = hostedPartner();
        String requestId = ok(startExpress(shop, "PREPARATION", 10000,
                List.of(item("Sneakers", 1, 9500), item("Shipping", 1, 500))), 201).get("payment_request_id").asText();
        String token = enterAndApprove(shop, requestId, "max@example.com");
        String sessionId = ok(partnerPost(shop, CHECKOUT_SESSIONS, json("amount", 10000, "currency", "EUR",
                "line_items", List.of(item("Sneakers", 1, 9500), item("Shipping", 1, 500)),
                "interoperability_token", token)), 201).get("id").asText();
        ok(patchCheckoutSession(shop, sessionId, "\"1\"", json("amount", 10990, "currency", "EUR",
                "line_items", List.of(item("Sneakers", 1, 9500), item("Shipping", 1, 1490)))), 200);

        JsonNode waiting = ok(partnerPost(shop, PAYMENTS, json("amount", 10990, "currency", "EUR",
                "reference", "order-1", "checkout_session_id", sessionId, "finalize", true,
                "step_up", object("return_url", RETURN_URL))), 201);
        String stepUp = waiting.at("/klarna/payment_request_id").asText();
        ok(customer(shop, stepUp, "start"), 200);
        ok(customer(shop, stepUp, "approve"), 200);

        assertThat(waiting.get("status").asText()).isEqualTo("REQUIRES_CUSTOMER_ACTION");
        assertThat(settledPayment(shop, waiting.get("id").asText()).get("status").asText())
                .isEqualTo("AUTHORIZED");
        assertThat(ok(partnerGet(shop, CHECKOUT_SESSION, sessionId), 200).get("status").asText())
                .isEqualTo("COMPLETED");
    }

    @Test
    void finalization_without_the_checkout_session_from_before_the_review_screen_is_refused() {
        Partner shop = hostedPartner();
        String requestId = ok(startExpress(shop, "PREPARATION", 10000, List.of()), 201)
                .get("payment_request_id").asText();
        String token = enterAndApprove(shop, requestId, "ned@example.com");

        problem(partnerPost(shop, PAYMENTS, json("amount", 10000, "currency", "EUR", "reference", "order-1",
                "finalize", true, "interoperability_token", token, "step_up", object("return_url", RETURN_URL))), 422,
                "FINALIZATION_REQUIRES_CHECKOUT_SESSION");

        String sessionId = ok(partnerPost(shop, CHECKOUT_SESSIONS, json("amount", 10000, "currency", "EUR",
                "interoperability_token", token)), 201).get("id").asText();
        JsonNode payment = ok(partnerPost(shop, PAYMENTS, json("amount", 10000, "currency", "EUR",
                "reference", "order-1", "checkout_session_id", sessionId, "finalize", true)), 201);
        assertThat(payment.get("status").asText()).as("the refused attempt consumed nothing").isEqualTo("AUTHORIZED");
    }

    @Test
    void a_stale_if_match_is_refused_and_changes_nothing() {
        Partner shop = hostedPartner();
        String sessionId = ok(partnerPost(shop, CHECKOUT_SESSIONS, json("amount", 10000, "currency", "EUR")), 201)
                .get("id").asText();
        ok(patchCheckoutSession(shop, sessionId, "\"1\"", json("reference", "first")), 200);

        problem(patchCheckoutSession(shop, sessionId, "\"1\"", json("reference", "second")), 412,
                "PRECONDITION_FAILED");
        problem(patchCheckoutSession(shop, sessionId, null, json("reference", "third")), 428,
                "PRECONDITION_REQUIRED");

        TestResponse current = partnerGet(shop, CHECKOUT_SESSION, sessionId);
        assertThat(ok(current, 200).get("reference").asText()).isEqualTo("first");
        assertThat(current.header("ETag")).contains("\"2\"");
        assertThat(eventTypes(shop, CHECKOUT_SESSION_EVENTS, sessionId))
                .containsExactly("checkout_session.opened", "checkout_session.updated");
        JsonNode any = ok(patchCheckoutSession(shop, sessionId, "*", json("reference", "fourth")), 200);
        assertThat(any.get("version").asLong()).isEqualTo(3);
    }

    @Test
    void a_checkout_session_with_a_payment_is_not_updatable() {
        Partner shop = hostedPartner();
        String token = prequalify(shop, "rob@example.com", 10000);
        String sessionId = ok(partnerPost(shop, CHECKOUT_SESSIONS, json("amount", 10000, "currency", "EUR",
                "interoperability_token", token)), 201).get("id").asText();
        JsonNode payment = ok(partnerPost(shop, PAYMENTS, json("amount", 10000, "currency", "EUR",
                "reference", "order-1", "checkout_session_id", sessionId)), 201);
        JsonNode session = ok(partnerGet(shop, CHECKOUT_SESSION, sessionId), 200);

        TestResponse answer = patchCheckoutSession(shop, sessionId, "\"" + session.get("version").asLong() + "\"",
                json("reference", "late"));

        assertThat(payment.get("status").asText()).isEqualTo("AUTHORIZED");
        assertThat(session.get("status").asText()).isEqualTo("COMPLETED");
        problem(answer, 409, "SESSION_ENDED");
    }

    // ---- another Partner's resources

    @Test
    void another_partners_resources_are_not_found() {
        Partner shop = hostedPartner();
        Partner other = hostedPartner();
        String sessionId = ok(partnerPost(shop, CHECKOUT_SESSIONS, json("amount", 10000, "currency", "EUR")), 201)
                .get("id").asText();
        String paymentId = ok(partnerPost(shop, PAYMENTS, json("amount", 500, "currency", "EUR",
                "reference", "order-1")), 201).get("id").asText();

        problem(partnerGet(other, CHECKOUT_SESSION, sessionId), 404, "NOT_FOUND");
        problem(partnerGet(other, CHECKOUT_SESSION_EVENTS, sessionId), 404, "NOT_FOUND");
        problem(partnerGet(other, PAYMENT, paymentId), 404, "NOT_FOUND");
        problem(partnerGet(other, PAYMENT_EVENTS, paymentId), 404, "NOT_FOUND");
        problem(patchCheckoutSession(other, sessionId, "\"1\"", json("reference", "mine")), 404, "NOT_FOUND");
        assertThat(ok(partnerGet(shop, CHECKOUT_SESSION, sessionId), 200).get("version").asLong()).isEqualTo(1);
    }

    // ---- Klarna's AP-facing API

    @Test
    void the_acquirer_api_presents_authorizes_and_manages_payment_requests_for_a_known_account() {
        Partner shop = serverSidePartner();
        String token = signIn(shop, "ola@example.com");
        List<String> account = params("pid", shop.accountId());

        JsonNode legacy = ok(acquirerCall("GET", PRESENTATION, account, "amount=5000&currency=EUR&locale=sv-SE", null,
                "Klarna-Interoperability-Token", token), 200);
        JsonNode both = ok(acquirerCall("GET", PRESENTATION, account, "amount=5000&currency=EUR", null,
                "Klarna-Interoperability-Token", token, "Klarna-Network-Session-Token", token), 200);
        JsonNode anonymous = ok(acquirerCall("GET", PRESENTATION, account, "amount=5000&currency=EUR", null), 200);
        JsonNode approved = ok(authorize(shop.accountId(), json("currency", "EUR",
                "request_payment_transaction", object("amount", 5000, "payment_transaction_reference", "tx-1"),
                "interoperability_data", DATA), "Klarna-Network-Session-Token", token), 200);
        TestResponse created = acquirerCall("POST", PAYMENT_REQUESTS, account, null, json("amount", 2000,
                "currency", "EUR", "intent", "PREPARATION", "payment_request_reference", "pr-1",
                "customer_interaction_config", object("return_url", RETURN_URL)));
        String requestId = ok(created, 201).get("payment_request_id").asText();
        JsonNode read = ok(acquirerCall("GET", PAYMENT_REQUEST, params("pid", shop.accountId(), "id", requestId),
                null, null), 200);
        JsonNode canceled = ok(acquirerCall("DELETE", PAYMENT_REQUEST, params("pid", shop.accountId(),
                "id", requestId), null, null), 200);

        assertThat(legacy.get("instruction").asText()).isEqualTo("PRESELECT_KLARNA");
        assertThat(legacy.at("/sandbox/customer_session/origin").asText()).isEqualTo("SIGN_IN_WITH_KLARNA");
        assertThat(legacy.at("/sandbox/customer_session/interoperability_status").asText()).isNotBlank();
        assertThat(legacy.has("journey") || legacy.at("/sandbox/customer_session").has("journey"))
                .as("Klarna does not tell the Acquiring Partner's journey").isFalse();
        assertThat(both.get("instruction").asText()).isEqualTo("PRESELECT_KLARNA");
        assertThat(anonymous.get("instruction").asText()).isEqualTo("SHOW_KLARNA");
        assertThat(anonymous.has("sandbox")).as("no token, no session to tell of").isFalse();
        assertThat(approved.at("/payment_transaction_response/result").asText()).isEqualTo("APPROVED");
        assertThat(approved.at("/payment_transaction_response/result_reason").isNull()).isTrue();
        assertThat(approved.at("/payment_transaction_response/payment_transaction/payment_transaction_id").asText())
                .startsWith("krn:payment:eu1:transaction:");
        assertThat(approved.at("/payment_transaction_response/payment_transaction/amount").asLong()).isEqualTo(5000);
        assertThat(approved.at("/payment_transaction_response/payment_transaction/currency").asText())
                .isEqualTo("EUR");
        assertThat(approved.at("/payment_transaction_response/payment_transaction/payment_transaction_reference")
                .asText()).isEqualTo("tx-1");
        assertThat(approved.has("payment_request")).isFalse();
        assertThat(created.header("Location").orElseThrow()).endsWith("/payment/requests/" + requestId);
        assertThat(created.json().get("payment_request_reference").asText()).isEqualTo("pr-1");
        assertThat(created.json().at("/sandbox/intent").asText()).isEqualTo("PREPARATION");
        assertThat(read.get("state").asText()).isEqualTo("SUBMITTED");
        assertThat(read.at("/state_context/customer_interaction/method").asText()).isEqualTo("HANDOVER");
        assertThat(read.at("/state_context/customer_interaction/payment_request_id").asText()).isEqualTo(requestId);
        assertThat(read.at("/state_context/customer_interaction/payment_request_url").asText()).startsWith("https://")
                .contains(requestId);
        assertThat(canceled.get("state").asText()).isEqualTo("CANCELED");
        assertThat(canceled.get("previous_state").asText()).isEqualTo("SUBMITTED");
        assertThat(canceled.at("/state_context/customer_interaction").isMissingNode())
                .as("a final request sends nobody to its journey").isTrue();
        assertThat(canceled.get("state_reason").asText()).isEqualTo("PARTNER_CANCELED");
        klarnaProblem(acquirerCall("DELETE", PAYMENT_REQUEST, params("pid", shop.accountId(), "id", requestId), null,
                null), 409, "PAYMENT_REQUEST_FINAL", "RESOURCE_ERROR");
    }

    @Test
    void an_authorization_for_a_customer_needing_step_up_creates_a_payment_request_only_with_a_step_up_config() {
        Partner shop = serverSidePartner();
        String token = signIn(shop, "pia+stepup@example.com");

        JsonNode notPresent = ok(authorize(shop.accountId(), json("currency", "EUR", "request_payment_transaction",
                object("amount", 5000, "payment_transaction_reference", "tx-0")),
                "Klarna-Network-Session-Token", token), 200);
        JsonNode answer = ok(authorize(shop.accountId(), json("currency", "EUR", "request_payment_transaction",
                        object("amount", 5000, "payment_transaction_reference", "tx-1"), "step_up_config",
                        object("payment_request_reference", "pay_1", "customer_interaction_config",
                                object("method", "HANDOVER", "return_url", RETURN_URL))),
                "Klarna-Network-Session-Token", token), 200);

        assertThat(notPresent.at("/payment_transaction_response/result").asText())
                .as("without step_up_config never STEP_UP_REQUIRED (R11)").isEqualTo("DECLINED");
        assertThat(notPresent.at("/payment_transaction_response/result_reason").asText()).isNotBlank();
        assertThat(notPresent.has("payment_request")).isFalse();
        assertThat(answer.at("/payment_transaction_response/result").asText()).isEqualTo("STEP_UP_REQUIRED");
        assertThat(answer.at("/payment_transaction_response/payment_transaction").isMissingNode()).isTrue();
        String requestId = answer.at("/payment_request/payment_request_id").asText();
        assertThat(requestId).startsWith("krn:payment:eu1:request:");
        assertThat(answer.at("/payment_request/state").asText()).isEqualTo("SUBMITTED");
        assertThat(answer.at("/payment_request/expires_at").asText()).isNotBlank();
        assertThat(answer.at("/payment_request/state_context/customer_interaction/method").asText())
                .isEqualTo("HANDOVER");
        assertThat(answer.at("/payment_request/state_context/customer_interaction/payment_request_id").asText())
                .isEqualTo(requestId);
        assertThat(answer.at("/payment_request/state_context/customer_interaction/payment_request_url").asText())
                .startsWith("https://").contains(requestId);
        JsonNode request = ok(acquirerCall("GET", PAYMENT_REQUEST, params("pid", shop.accountId(), "id", requestId),
                null, null), 200);
        assertThat(request.get("payment_request_reference").asText())
                .as("the step-up request carries the Acquiring Partner's reference").isEqualTo("pay_1");
        assertThat(request.get("amount").asLong()).isEqualTo(5000);
        assertThat(request.at("/sandbox/return_url").asText()).isEqualTo(RETURN_URL);
    }

    @Test
    void an_acquiring_partner_onboards_a_partner_once_per_reference_and_klarna_serves_the_account() {
        String reference = "ptr_" + freshKey();
        String body = json("partner_account_reference", reference, "name", "Fjord Shop",
                "integration_type", "SERVER_SIDE_ONLY", "dynamic_shipping", true);

        JsonNode first = ok(acquirerCall("POST", PARTNER_ACCOUNTS, List.of(), null, body), 201);
        JsonNode again = ok(acquirerCall("POST", PARTNER_ACCOUNTS, List.of(), null, json("partner_account_reference",
                reference, "name", "Another name", "integration_type", "HOSTED_CHECKOUT")), 200);
        JsonNode presentation = ok(acquirerCall("GET", PRESENTATION, params("pid",
                first.get("partner_account_id").asText()), "amount=5000&currency=EUR", null), 200);

        assertThat(first.get("partner_account_id").asText()).startsWith("krn:partner:global:account:test:");
        assertThat(first.get("client_id").asText()).startsWith("klarna_test_client_");
        assertThat(first.get("partner_account_reference").asText()).isEqualTo(reference);
        assertThat(first.get("name").asText()).isEqualTo("Fjord Shop");
        assertThat(first.get("integration_type").asText()).isEqualTo("SERVER_SIDE_ONLY");
        assertThat(first.get("dynamic_shipping").asBoolean()).isTrue();
        assertThat(first.get("created_at").asText()).isNotBlank();
        for (String field : List.of("partner_account_id", "client_id", "partner_account_reference", "name",
                "integration_type", "dynamic_shipping")) {
            assertThat(again.get(field)).as("a reference seen before is the same account, unchanged: %s", field)
                    .isEqualTo(first.get(field));
        }
        assertThat(presentation.get("instruction").asText()).isEqualTo("SHOW_KLARNA");
        klarnaProblem(call("POST", PARTNER_ACCOUNTS, List.of(), null, body), 401, "UNAUTHENTICATED", "ACCESS_ERROR");
    }

    @Test
    void an_unknown_partner_account_is_not_found() {
        klarnaProblem(acquirerCall("GET", PRESENTATION, params("pid", "krn:partner:global:account:test:NOBODY"),
                "amount=5000&currency=EUR", null), 404, "NOT_FOUND", "RESOURCE_ERROR");
        klarnaProblem(authorize("krn:partner:global:account:test:NOBODY", json("currency", "EUR",
                "request_payment_transaction", object("amount", 5000, "payment_transaction_reference", "tx-1"))),
                404, "NOT_FOUND", "RESOURCE_ERROR");
    }

    @Test
    void another_accounts_payment_request_is_not_found() {
        Partner shop = serverSidePartner();
        Partner other = serverSidePartner();
        String requestId = ok(acquirerCall("POST", PAYMENT_REQUESTS, params("pid", shop.accountId()), null,
                json("amount", 2000, "currency", "EUR")), 201).get("payment_request_id").asText();

        klarnaProblem(acquirerCall("GET", PAYMENT_REQUEST, params("pid", other.accountId(), "id", requestId), null,
                null), 404, "NOT_FOUND", "RESOURCE_ERROR");
        klarnaProblem(acquirerCall("DELETE", PAYMENT_REQUEST, params("pid", other.accountId(), "id", requestId), null,
                null), 404, "NOT_FOUND", "RESOURCE_ERROR");
    }

    // ---- metrics

    @Test
    void journey_outcomes_are_counted_for_prometheus() {
        Partner shop = serverSidePartner();
        String token = prequalify(shop, "quinn@example.com", 5000);
        ok(partnerPost(shop, PAYMENTS, json("amount", 5000, "currency", "EUR", "reference", "order-1",
                "interoperability_token", token)), 201);

        String metrics = fixture().server().get("/metrics").body();

        assertThat(metrics).contains("interop_payments_total{journey=\"PRE_QUALIFICATION\",status=\"AUTHORIZED\"}");
    }
}
