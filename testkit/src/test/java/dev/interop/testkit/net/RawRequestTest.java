package dev.interop.testkit.net;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RawRequestTest {

    @Test
    void splits_the_target_into_path_and_query() {
        RawRequest request = RawRequest.of("GET", "/v1/orders?limit=2&after=x");

        assertThat(request.path()).isEqualTo("/v1/orders");
        assertThat(request.query()).hasValue("limit=2&after=x");
        assertThat(RawRequest.of("GET", "/v1").query()).isEmpty();
    }

    @Test
    void merges_header_names_that_differ_only_in_case_and_finds_them_in_any_case() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("X-Trace", List.of("1"));
        headers.put("x-trace", List.of("2"));
        RawRequest request = new RawRequest("GET", "/", headers, new byte[0]);

        assertThat(request.headers()).containsOnlyKeys("X-Trace");
        assertThat(request.headerValues("X-TRACE")).containsExactly("1", "2");
        assertThat(request.header("x-trace")).hasValue("1");
    }

    @Test
    void withers_return_changed_copies_and_leave_the_original_alone() {
        RawRequest original = new RawRequest("POST", "/notify", Map.of("X-Signature", List.of("genuine")),
                "{}".getBytes(UTF_8));

        RawRequest forged = original.withHeader("x-signature", "forged").withBody("{\"a\":1}").withTarget("/other");

        assertThat(forged.headerValues("X-Signature")).containsExactly("forged");
        assertThat(forged.bodyText()).isEqualTo("{\"a\":1}");
        assertThat(forged.target()).isEqualTo("/other");
        assertThat(forged.withoutHeader("X-SIGNATURE").headers()).isEmpty();
        assertThat(original.header("X-Signature")).hasValue("genuine");
        assertThat(original.bodyText()).isEqualTo("{}");
    }

    @Test
    void keeps_its_body_safe_from_changes_to_the_arrays_passed_in_and_out() {
        byte[] body = {1, 2, 3};
        RawRequest request = new RawRequest("POST", "/", Map.of(), body);

        body[0] = 9;
        request.body()[1] = 9;

        assertThat(request.body()).containsExactly(1, 2, 3);
        assertThat(request).isEqualTo(new RawRequest("POST", "/", Map.of(), new byte[] {1, 2, 3}));
    }

    @Test
    void refuses_headers_that_could_not_be_written_back_unchanged() {
        assertThatThrownBy(() -> RawRequest.of("GET", "/").withHeader("X-Injected", "a\r\nHost: evil"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RawRequest.of("GET", "/").withHeader("Bad Name", "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RawRequest.of("GET", "/").withHeader("X-Emoji", "😀"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RawRequest.of("GET", "no-slash")).isInstanceOf(IllegalArgumentException.class);
    }
}
