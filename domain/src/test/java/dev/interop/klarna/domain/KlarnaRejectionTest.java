package dev.interop.klarna.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.domain.RejectionCode;
import dev.interop.shared.domain.RejectionCode.Category;
import dev.interop.shared.network.KlarnaErrorCode;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class KlarnaRejectionTest {

    private static final List<RejectionCode> KLARNA_ANSWERS = Stream.of(KlarnaRejection.values(),
                    CommonRejection.values())
            .flatMap(Arrays::stream).map(RejectionCode.class::cast).toList();

    @Test
    void publishes_every_code_klarna_answers_with_under_its_own_category() {
        assertThat(KLARNA_ANSWERS).allSatisfy(code -> {
            assertThat(KlarnaErrorCode.isPublished(code.name())).as(code.name()).isTrue();
            assertThat(KlarnaErrorCode.of(code.name()).category()).as(code.name()).isEqualTo(code.category());
            assertThat(KlarnaErrorCode.as(code)).isEqualTo(new KlarnaErrorCode(code.name(), code.category()));
        });
        assertThat(KlarnaErrorCode.PUBLISHED.keySet().toJavaSet())
                .containsExactlyInAnyOrderElementsOf(KLARNA_ANSWERS.stream().map(RejectionCode::name).toList());
    }

    @Test
    void reads_a_code_klarna_does_not_publish_as_a_state_refusal() {
        assertThat(KlarnaErrorCode.isPublished("SOMETHING_KLARNA_ADDED")).isFalse();
        assertThat(KlarnaErrorCode.of("SOMETHING_KLARNA_ADDED").category()).isEqualTo(Category.STATE);
        assertThat(KlarnaErrorCode.of("SOMETHING_KLARNA_ADDED").name()).isEqualTo("SOMETHING_KLARNA_ADDED");
    }

    @Test
    void refuses_an_error_code_that_is_not_upper_snake() {
        assertThatThrownBy(() -> KlarnaErrorCode.of("token consumed")).isInstanceOf(IllegalArgumentException.class);
    }
}
