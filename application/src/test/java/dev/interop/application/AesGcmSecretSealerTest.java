package dev.interop.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.acquirer.application.system.AesGcmSecretSealer;
import dev.interop.shared.token.InteroperabilityToken;
import dev.interop.acquirer.domain.token.SealedToken;
import org.junit.jupiter.api.Test;

class AesGcmSecretSealerTest {

    @Test
    void seals_tokens_of_every_length_into_valid_sealed_tokens_that_open_to_the_same_token() {
        AesGcmSecretSealer sealer = AesGcmSecretSealer.withRandomKey();
        for (int length = 1; length <= 96; length++) {
            InteroperabilityToken token = InteroperabilityToken.of("t".repeat(length - 1) + "\u00e9");
            SealedToken sealed = sealer.seal(token);

            assertThat(sealed.ciphertext()).doesNotContain(token.reveal());
            assertThat(sealed.sameTokenAs(token.hash())).isTrue();
            assertThat(sealer.open(sealed).reveal()).isEqualTo(token.reveal());
        }
    }
}
