package dev.interop.benchmarks.domain;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interop.adapters.http.BodyReader;
import dev.interop.adapters.http.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * JSON on the Acquiring Partner API with the HTTP adapter's own mapper ({@link Json#newMapper()}, the one
 * {@code HttpServerFactory.OBJECT_MAPPER} holds): requests are read as the controllers read them, through
 * {@link BodyReader} (tree, strict, every field checked), and responses written from records shaped like the
 * adapter's views (snake_case, ISO-8601 instants, nulls left out).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class JsonBenchmark {

    private static final String DATA = "{\\\"content_type\\\":\\\"application/vnd.klarna.interoperability-data.v2+json\\\","
            + "\\\"content\\\":{\\\"operation\\\":\\\"payment_request\\\",\\\"reference\\\":\\\"order-1\\\"}}";

    private final ObjectMapper mapper = Json.newMapper();

    private final byte[] checkoutSessionRequest = ("{\"amount\":10000,\"currency\":\"EUR\",\"reference\":\"order-1\","
            + "\"line_items\":[{\"name\":\"Sneakers\",\"quantity\":1,\"unit_price\":9500,\"total_amount\":9500},"
            + "{\"name\":\"Shipping\",\"quantity\":1,\"unit_price\":500,\"total_amount\":500}],"
            + "\"klarna_interoperability_token\":\"krn:network:eu1:test:session-token:"
            + "Qm9vc3QtZmVhdHVyZXMtYXJlLWZ1bi1idXQtdGhpcy1pcy1hLWJlbmNo\",\"interoperability_data\":\"" + DATA + "\"}")
            .getBytes(StandardCharsets.UTF_8);

    private final byte[] paymentRequest = ("{\"amount\":9500,\"currency\":\"EUR\",\"reference\":\"order-1\","
            + "\"checkout_session_id\":\"cs_3f9a1c2b-1d4e-4f60-8a7b-9c0d1e2f3a4b\",\"finalize\":true,"
            + "\"step_up\":{\"return_url\":\"https://shop.example/return\"}}").getBytes(StandardCharsets.UTF_8);

    private final CheckoutSessionBody checkoutSession = new CheckoutSessionBody(
            "cs_3f9a1c2b-1d4e-4f60-8a7b-9c0d1e2f3a4b", "OPEN", 10_000, "EUR", "SHOW_ONLY_KLARNA",
            "EXPRESS_CHECKOUT_MULTI_STEP", 1, List.of("UPDATE", "REGISTER_PAYMENT", "CANCEL", "EXPIRE"),
            Instant.parse("2025-03-02T10:00:00Z"), Instant.parse("2025-03-01T10:00:00Z"), "order-1",
            List.of(new LineItemView("Sneakers", 1, 9_500, 9_500), new LineItemView("Shipping", 1, 500, 500)), null,
            true, true);

    private final PaymentBody payment = new PaymentBody("pay_a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", "AUTHORIZED",
            "EXPRESS_CHECKOUT_MULTI_STEP", 9_500, "EUR", "order-1", "cs_3f9a1c2b-1d4e-4f60-8a7b-9c0d1e2f3a4b", true,
            false, 3, List.of(), Instant.parse("2025-03-01T10:01:20Z"),
            new KlarnaReferences("krn:payment:eu1:transaction:0f1e2d3c-4b5a-4968-8776-655443322110", null, null), null,
            null);

    /** {@code POST /v1/checkout-sessions} with line items, a token and data, read field by field. */
    @Benchmark
    public long readCheckoutSessionRequest() {
        BodyReader body = BodyReader.parse(mapper, checkoutSessionRequest);
        long amount = body.requireLong("amount");
        String currency = body.requireString("currency", 3);
        Optional<String> reference = body.optionalString("reference", 255);
        long items = 0;
        for (BodyReader item : body.optionalObjects("line_items")) {
            items += item.requireString("name").length() + item.requireLong("quantity") + item.requireLong("unit_price")
                    + item.requireLong("total_amount");
        }
        Optional<String> token = body.optionalString("klarna_interoperability_token", 8192);
        Optional<String> data = body.optionalString("interoperability_data", 10_240);
        body.validate();
        return amount + currency.length() + reference.map(String::length).orElse(0) + items
                + token.map(String::length).orElse(0) + data.map(String::length).orElse(0);
    }

    /** {@code POST /v1/payments} for a finalization with a step-up, read field by field. */
    @Benchmark
    public long readPaymentRequest() {
        BodyReader body = BodyReader.parse(mapper, paymentRequest);
        long amount = body.requireLong("amount");
        String currency = body.requireString("currency", 3);
        String reference = body.requireString("reference", 255);
        Optional<String> session = body.optionalString("checkout_session_id");
        boolean finalize = body.optionalBoolean("finalize").orElse(false);
        Optional<String> returnUrl = body.optionalObject("step_up").map(stepUp -> stepUp.requireString("return_url"));
        body.validate();
        return amount + currency.length() + reference.length() + session.map(String::length).orElse(0)
                + (finalize ? 1 : 0) + returnUrl.map(String::length).orElse(0);
    }

    /** The checkout session response body. */
    @Benchmark
    public byte[] writeCheckoutSession() throws JsonProcessingException {
        return mapper.writeValueAsBytes(checkoutSession);
    }

    /** The payment response body. */
    @Benchmark
    public byte[] writePayment() throws JsonProcessingException {
        return mapper.writeValueAsBytes(payment);
    }

    /** Shaped like the adapter's checkout session view. */
    public record CheckoutSessionBody(String id, String status, long amount, String currency, String klarnaInstruction,
            String journey, long version, List<String> allowedActions, Instant expiresAt, Instant createdAt,
            String reference, List<LineItemView> lineItems, String paymentId, boolean interoperabilityTokenPresent,
            boolean interoperabilityDataPresent) {
    }

    /** Shaped like the adapter's line item view. */
    public record LineItemView(String name, long quantity, long unitPrice, long totalAmount) {
    }

    /** Shaped like the adapter's Klarna references of a payment. */
    public record KlarnaReferences(String paymentTransactionId, String paymentRequestId, String paymentRequestUrl) {
    }

    /** Shaped like the adapter's payment view. */
    public record PaymentBody(String id, String status, String journey, long amount, String currency,
            String reference, String checkoutSessionId, @JsonProperty("finalize") boolean finalization,
            boolean reapprovalRequired, long version, List<String> allowedActions, Instant createdAt,
            KlarnaReferences klarna, String declineReason, String errorDetail) {
    }
}
