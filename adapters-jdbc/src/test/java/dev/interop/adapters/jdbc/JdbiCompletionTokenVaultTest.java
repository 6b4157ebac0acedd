package dev.interop.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;
import dev.interop.shared.token.InteroperabilityToken;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Completion tokens are sealed at rest, read back only within their validity and only with the same key. */
class JdbiCompletionTokenVaultTest {

    private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");
    private static final byte[] KEY = new byte[32];

    static {
        Arrays.fill(KEY, (byte) 7);
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = {"H2_MEMORY", "POSTGRESQL"})
    void keeps_a_token_sealed_and_hands_it_back_until_it_expires(TestDatabase kind) {
        try (Database database = kind.open()) {
            JdbiTransactions transactions = new JdbiTransactions(database.jdbi(), database.dialect());
            JdbiCompletionTokenVault vault = new JdbiCompletionTokenVault(transactions, KEY);
            PaymentRequestId request = PaymentRequestId.of("6f1c2d3e-0000-4000-8000-00000000000a");
            InteroperabilityToken token = InteroperabilityToken.of("krn:network:eu1:test:session-token:secret-1");

            vault.keep(request, token, T0.plusSeconds(3600));

            String stored = database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT sealed_token FROM klarna_completion_tokens").mapTo(String.class).one());
            assertThat(stored).doesNotContain("secret-1");
            assertThat(vault.find(request, T0.plusSeconds(10)).map(InteroperabilityToken::reveal))
                    .contains(token.reveal());
            assertThat(vault.find(request, T0.plusSeconds(3600))).isEmpty();
            byte[] otherKey = KEY.clone();
            otherKey[0] = 1;
            assertThatThrownBy(() -> new JdbiCompletionTokenVault(transactions, otherKey)
                    .find(request, T0.plusSeconds(10))).isInstanceOf(CorruptDocumentException.class);
        }
    }
}
