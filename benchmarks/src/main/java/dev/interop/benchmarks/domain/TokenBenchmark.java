package dev.interop.benchmarks.domain;

import dev.interop.shared.application.system.SecureTokenGenerator;
import dev.interop.shared.token.TokenHash;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * R2, secrets: a fresh interoperability token from {@link SecureTokenGenerator} (32 bytes of {@code SecureRandom},
 * base64url), its SHA-256 {@link TokenHash} (the only form stored and looked up), and both together, which is what
 * every token rotation and every Partner API key check costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TokenBenchmark {

    private final SecureTokenGenerator generator = new SecureTokenGenerator();
    private String token;

    @Setup
    public void prepare() {
        token = generator.newSecret(DomainFixtures.TOKEN_PREFIX);
    }

    @Benchmark
    public String generate() {
        return generator.newSecret(DomainFixtures.TOKEN_PREFIX);
    }

    @Benchmark
    public TokenHash hash() {
        return TokenHash.of(token);
    }

    @Benchmark
    public TokenHash generateAndHash() {
        return TokenHash.of(generator.newSecret(DomainFixtures.TOKEN_PREFIX));
    }
}
