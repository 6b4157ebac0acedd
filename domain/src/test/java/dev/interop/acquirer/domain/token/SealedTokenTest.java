package dev.interop.acquirer.domain.token;

import dev.interop.shared.token.TokenHash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SealedTokenTest {

    private static final String PLAIN = "krn:network:eu1:test:session-token:secret-part";
    private static final String CIPHERTEXT = Base64.getEncoder().encodeToString(new byte[] {1, 2, 3, 4, 5, 6, 7});

    @Test
    void carries_the_ciphertext_and_the_hash_of_the_plain_token_unchanged() {
        SealedToken sealed = SealedToken.of(CIPHERTEXT, TokenHash.of(PLAIN));

        assertThat(sealed.ciphertext()).isEqualTo(CIPHERTEXT);
        assertThat(sealed.hash()).isEqualTo(TokenHash.of(PLAIN));
    }

    @Test
    void to_string_shows_neither_the_ciphertext_nor_the_token() {
        SealedToken sealed = SealedToken.of(CIPHERTEXT, TokenHash.of(PLAIN));

        assertThat(sealed.toString()).doesNotContain(CIPHERTEXT).doesNotContain(PLAIN)
                .doesNotContain(TokenHash.of(PLAIN).hex()).startsWith("SealedToken[");
    }

    @Test
    void recognizes_its_token_by_hash_and_no_other() {
        SealedToken sealed = SealedToken.of(CIPHERTEXT, TokenHash.of(PLAIN));

        assertThat(sealed.sameTokenAs(TokenHash.of(PLAIN))).isTrue();
        assertThat(sealed.sameTokenAs(TokenHash.of(PLAIN + "x"))).isFalse();
    }

    @Test
    void rejects_an_empty_or_non_base64_ciphertext() {
        TokenHash hash = TokenHash.of(PLAIN);

        assertThatThrownBy(() -> SealedToken.of("", hash)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SealedToken.of("abc", hash)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SealedToken.of("ab!d", hash)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SealedToken.of(PLAIN, hash)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejects_a_ciphertext_longer_than_the_bound() {
        String tooLong = "A".repeat(SealedToken.MAX_LENGTH + 4);

        assertThatThrownBy(() -> SealedToken.of(tooLong, TokenHash.of(PLAIN)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SealedToken.of("A".repeat(SealedToken.MAX_LENGTH), TokenHash.of(PLAIN)).ciphertext())
                .hasSize(SealedToken.MAX_LENGTH);
    }
}
