package dev.interop.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void derives_the_type_and_title_from_code_and_status() {
        Problem problem = Problem.of(422, "COUNTRY_NOT_SUPPORTED", "We do not ship there.");

        assertThat(problem.type()).isEqualTo("urn:interop:problem:country-not-supported");
        assertThat(problem.title()).isEqualTo("Unprocessable Content");
        assertThat(problem.errors()).isEmpty();
    }

    @Test
    void refuses_codes_that_are_not_upper_snake_and_statuses_that_are_not_errors() {
        assertThatThrownBy(() -> Problem.of(400, "invalidField", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Problem.of(400, "INVALID__FIELD", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Problem.of(200, "OK", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Problem("urn:interop:problem:other", "t", 400, "d", "INVALID_FIELD",
                List.of(), null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_field_error_points_at_exactly_one_place() {
        assertThatThrownBy(() -> new FieldError("/a", "H", null, "r")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FieldError(null, null, null, "r")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldError.body("amount", "r")).isInstanceOf(IllegalArgumentException.class);
        assertThat(FieldError.body("", "must be a JSON object").pointer()).isEmpty();
    }

    @Test
    void escapes_json_pointer_tokens() {
        assertThat(JsonPointers.child("", "a/b~c")).isEqualTo("/a~1b~0c");
        assertThat(JsonPointers.element(JsonPointers.child("", "line_items"), 3)).isEqualTo("/line_items/3");
    }

    @Test
    void a_problem_exception_has_no_stack_trace() {
        ProblemException e = ProblemException.of(409, "CONFLICT_NOW", "d");

        assertThat(e.getStackTrace()).isEmpty();
        assertThat(e.withHeader("Retry-After", "1").headers()).containsEntry("Retry-After", "1");
    }
}
