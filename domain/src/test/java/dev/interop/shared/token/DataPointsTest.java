package dev.interop.shared.token;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.shared.domain.CommonRejection;
import org.junit.jupiter.api.Test;

/** R7 and R2: the interoperability token and data as the Acquiring Partner may check them, and no further. */
class DataPointsTest {

    @Test
    void accepts_a_token_of_exactly_8192_characters() {
        assertThat(InteroperabilityToken.parse("t".repeat(8192), "interoperability_token").isRight()).isTrue();
    }

    @Test
    void rejects_a_token_of_8193_characters_naming_the_field() {
        var rejection = InteroperabilityToken.parse("t".repeat(8193), "klarna_network_session_token").getLeft();

        assertThat(rejection.code()).isEqualTo(CommonRejection.TOKEN_TOO_LONG);
        assertThat(rejection.field()).contains("klarna_network_session_token");
    }

    @Test
    void rejects_an_empty_token() {
        assertThat(InteroperabilityToken.parse(" ", "interoperability_token").getLeft().code())
                .isEqualTo(CommonRejection.INVALID_FIELD);
    }

    @Test
    void never_shows_a_whole_token_in_its_string_form() {
        String secret = "krn:network:eu1:test:session-token:abcdefghijklmnop";

        assertThat(InteroperabilityToken.of(secret).toString()).doesNotContain("abcdefghijklmnop");
        assertThat(TokenHash.of(secret).toString()).doesNotContain(TokenHash.of(secret).hex());
    }

    @Test
    void hashes_tokens_with_sha_256_and_compares_them_by_value() {
        TokenHash hash = TokenHash.of("abc");

        assertThat(hash.hex()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(TokenHash.fromHex(hash.hex())).isEqualTo(hash);
        assertThat(InteroperabilityToken.of("abc").matches(InteroperabilityToken.of("abc"))).isTrue();
        assertThat(InteroperabilityToken.of("abc").matches(InteroperabilityToken.of("abd"))).isFalse();
    }

    @Test
    void keeps_data_byte_for_byte_as_received() {
        String raw = "{ \"content_type\" : \"application/vnd.klarna.interoperability-data.v2+json\",\n"
                + "  \"content\": {\"operation\": \"payment_request\", \"amount\": 1.50e2, \"x\": \"\\u00e9\"} }";

        assertThat(InteroperabilityData.parse(raw, "interoperability_data").get().raw()).isEqualTo(raw);
    }

    @Test
    void accepts_data_of_exactly_10240_characters() {
        String raw = "\"" + "d".repeat(10238) + "\"";

        assertThat(raw).hasSize(10240);
        assertThat(InteroperabilityData.parse(raw, "interoperability_data").isRight()).isTrue();
    }

    @Test
    void rejects_data_of_10241_characters_naming_the_field() {
        String raw = "\"" + "d".repeat(10239) + "\"";

        var rejection = InteroperabilityData.parse(raw, "klarna_network_data").getLeft();

        assertThat(rejection.code()).isEqualTo(CommonRejection.DATA_TOO_LONG);
        assertThat(rejection.field()).contains("klarna_network_data");
    }

    @Test
    void rejects_data_that_is_not_well_formed_json() {
        for (String raw : new String[] {"{", "{\"a\":}", "not json", "{\"a\":1,}", "[1 2]", "{\"a\":01}",
                "\"unterminated", "{\"a\":1} trailing", "{'a':1}", "[\"\\x\"]", "{\"a\":tru}", "1.", "-"}) {
            assertThat(InteroperabilityData.parse(raw, "interoperability_data").getLeft().code())
                    .as(raw).isEqualTo(CommonRejection.DATA_NOT_JSON);
        }
    }

    @Test
    void accepts_every_kind_of_json_value() {
        for (String raw : new String[] {"{}", "[]", "0", "-1.5E+3", "true", "false", "null", "\"s\"",
                "{\"a\":[1,{\"b\":null}],\"c\":\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u0041\"}"}) {
            assertThat(InteroperabilityData.parse(raw, "interoperability_data").isRight()).as(raw).isTrue();
        }
    }

    @Test
    void refuses_absurdly_deep_nesting_instead_of_overflowing_the_stack() {
        String deep = "[".repeat(5000) + "]".repeat(5000);

        assertThat(InteroperabilityData.parse(deep, "interoperability_data").getLeft().code())
                .isEqualTo(CommonRejection.DATA_NOT_JSON);
    }
}
