package dev.interop.adapters.http.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KlarnaSignatureTest {

    private static final String SECRET = "klarna_whsec_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG";
    private static final byte[] BODY = "{\"metadata\":{\"event_id\":\"e1\"},\"payload\":{\"state\":\"COMPLETED\"}}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void is_the_lower_case_hex_hmac_sha256_of_the_body() {
        // RFC 4231, test case 2.
        assertThat(KlarnaSignature.sign("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        assertThat(KlarnaSignature.sign(SECRET, BODY)).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void verifies_its_own_signature() {
        assertThat(KlarnaSignature.verify(SECRET, BODY, KlarnaSignature.sign(SECRET, BODY))).isTrue();
    }

    @Test
    void refuses_a_changed_body_another_key_or_a_malformed_signature() {
        String signature = KlarnaSignature.sign(SECRET, BODY);
        byte[] tampered = BODY.clone();
        tampered[tampered.length - 3] ^= 1;

        assertThat(KlarnaSignature.verify(SECRET, tampered, signature)).isFalse();
        assertThat(KlarnaSignature.verify(SECRET + "x", BODY, signature)).isFalse();
        assertThat(KlarnaSignature.verify(SECRET, BODY, signature.toUpperCase())).isFalse();
        assertThat(KlarnaSignature.verify(SECRET, BODY, signature.substring(2))).isFalse();
        assertThat(KlarnaSignature.verify(SECRET, BODY, signature + "00")).isFalse();
        assertThat(KlarnaSignature.verify(SECRET, BODY, "z" + signature.substring(1))).isFalse();
        assertThat(KlarnaSignature.verify(SECRET, BODY, "sha256=" + signature)).isFalse();
        assertThat(KlarnaSignature.verify(SECRET, BODY, "")).isFalse();
        assertThat(KlarnaSignature.verify(SECRET, BODY, null)).isFalse();
    }

    @Test
    void signs_the_bytes_not_a_re_encoding_of_them() {
        byte[] utf8 = "{\"note\":\"\u00e9\"}".getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "{\"note\":\"\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(KlarnaSignature.sign(SECRET, utf8)).isNotEqualTo(KlarnaSignature.sign(SECRET, latin1));
    }
}
