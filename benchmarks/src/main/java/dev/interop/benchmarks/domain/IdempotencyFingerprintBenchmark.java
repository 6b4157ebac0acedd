package dev.interop.benchmarks.domain;

import dev.interop.shared.token.TokenHash;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * R13, the fingerprint of a request sent with an {@code Idempotency-Key}: the HTTP adapter writes the method, the
 * route template, the sorted path parameters, the {@code If-Match} header and the body into one text, and the
 * application keeps {@code TokenHash.of(text).hex()}. Measured for a typical payment body (about 300 bytes) and for
 * one carrying an 8 KiB interoperability data document.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class IdempotencyFingerprintBenchmark {

    /** The request body's size class. */
    @Param({"typical", "8KiB"})
    public String body;

    private String requestBody;
    private final Map<String, String> pathParams = Map.of();

    @Setup
    public void prepare() {
        String data = body.equals("typical") ? "{\\\"content\\\":{\\\"operation\\\":\\\"payment_request\\\"}}"
                : "{\\\"content\\\":{\\\"blob\\\":\\\"" + "x".repeat(8 * 1024) + "\\\"}}";
        requestBody = "{\"amount\":9500,\"currency\":\"EUR\",\"reference\":\"order-1\","
                + "\"checkout_session_id\":\"cs_3f9a1c2b-1d4e-4f60-8a7b-9c0d1e2f3a4b\",\"finalize\":true,"
                + "\"interoperability_data\":\"" + data + "\"}";
    }

    /** The text and its hash, as {@code Responder} and {@code RunIdempotentlyService} build them. */
    @Benchmark
    public String fingerprint() {
        StringBuilder request = new StringBuilder(requestBody.length() + 96);
        request.append("POST").append(' ').append("/v1/payments").append('\n');
        new TreeMap<>(pathParams).forEach((name, value) -> request.append(name).append('=').append(value)
                .append('\n'));
        request.append("If-Match: ").append("").append('\n');
        request.append(requestBody);
        return TokenHash.of(request.toString()).hex();
    }
}
