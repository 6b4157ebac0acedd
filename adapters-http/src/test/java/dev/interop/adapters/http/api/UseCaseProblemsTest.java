package dev.interop.adapters.http.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interop.acquirer.domain.AcquirerRejection;
import dev.interop.adapters.http.Json;
import dev.interop.adapters.http.Problem;
import dev.interop.adapters.http.testing.OpenApiValidator;
import dev.interop.klarna.domain.KlarnaRejection;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.domain.RejectionCode;
import dev.interop.shared.network.KlarnaErrorCode;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class UseCaseProblemsTest {

    private static final ObjectMapper JSON = Json.newMapper();
    private static final OpenApiValidator OPENAPI = OpenApiValidator.forServer();
    private static final List<RejectionCode> ALL_CODES = Stream.of(CommonRejection.values(),
                    AcquirerRejection.values(), KlarnaRejection.values())
            .flatMap(Arrays::stream).map(RejectionCode.class::cast).toList();

    @Test
    void maps_every_kind_of_use_case_error_to_its_status() {
        List<UseCaseError> errors = List.of(
                new UseCaseError.NotFound("payment", "pay_1"),
                UseCaseError.Rejected.of(KlarnaRejection.TOKEN_CONSUMED, "the token was used"),
                new UseCaseError.Conflict("IDEMPOTENCY_KEY_IN_FLIGHT", "still running"),
                new UseCaseError.Forbidden("NOT_YOURS", "not yours"),
                new UseCaseError.Unauthenticated("who are you"),
                new UseCaseError.PreconditionFailed("stale"));

        assertThat(errors.stream().map(error -> error.getClass()).distinct().count())
                .as("one example of every permitted error type")
                .isEqualTo(UseCaseError.class.getPermittedSubclasses().length);
        assertThat(errors.stream().map(UseCaseProblems::toProblem).map(Problem::status))
                .containsExactly(404, 409, 409, 403, 401, 412);
        assertThat(errors.stream().map(UseCaseProblems::toProblem).map(Problem::code))
                .containsExactly("NOT_FOUND", "TOKEN_CONSUMED", "IDEMPOTENCY_KEY_IN_FLIGHT", "NOT_YOURS",
                        "UNAUTHENTICATED", "PRECONDITION_FAILED");
    }

    @Test
    void maps_every_rejection_code_by_its_category_and_names_it_as_the_code() throws Exception {
        for (RejectionCode code : ALL_CODES) {
            Problem problem = UseCaseProblems.toProblem(Rejection.of(code, "refused"));

            int expected = switch (code.category()) {
                case VALIDATION -> 400;
                case FORBIDDEN -> 403;
                case STATE -> UseCaseProblems.SEMANTIC_REFUSALS.contains(code.name()) ? 422 : 409;
                case SHIPPING, UNPROCESSABLE -> 422;
            };
            assertThat(problem.status()).as(code.name()).isEqualTo(expected);
            assertThat(problem.code()).isEqualTo(code.name());
            OPENAPI.assertMatchesSchema("Problem", JSON.writeValueAsString(problem));
        }
    }

    @Test
    void answers_semantic_refusals_with_422_and_state_conflicts_with_409() {
        assertThat(UseCaseProblems.statusOf(AcquirerRejection.ONE_STEP_EXPRESS_NOT_AVAILABLE)).isEqualTo(422);
        assertThat(UseCaseProblems.statusOf(KlarnaRejection.ONE_STEP_EXPRESS_NOT_AVAILABLE)).isEqualTo(422);
        assertThat(UseCaseProblems.statusOf(KlarnaErrorCode.of("MARKET_NOT_SUPPORTED"))).isEqualTo(422);
        assertThat(UseCaseProblems.statusOf(AcquirerRejection.FINALIZATION_REQUIRES_CHECKOUT_SESSION)).isEqualTo(422);
        assertThat(UseCaseProblems.statusOf(KlarnaRejection.SESSION_ENDED)).isEqualTo(409);
        assertThat(UseCaseProblems.statusOf(AcquirerRejection.SESSION_ENDED)).isEqualTo(409);
        assertThat(UseCaseProblems.statusOf(KlarnaErrorCode.of("SOMETHING_KLARNA_ADDED"))).isEqualTo(409);
        assertThat(UseCaseProblems.statusOf(KlarnaRejection.COUNTRY_NOT_SUPPORTED)).isEqualTo(422);
        assertThat(UseCaseProblems.statusOf(CommonRejection.IDEMPOTENCY_KEY_REUSED)).isEqualTo(422);
        assertThat(UseCaseProblems.SEMANTIC_REFUSALS).allSatisfy(name -> assertThat(ALL_CODES)
                .filteredOn(code -> code.name().equals(name)).isNotEmpty()
                .allMatch(code -> code.category() == RejectionCode.Category.STATE));
    }

    @Test
    void points_at_the_field_a_validation_rejection_names() {
        Problem problem = UseCaseProblems.toProblem(
                Rejection.ofField(CommonRejection.INVALID_FIELD, "address.country", "must be a country"));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.pointer()).isEqualTo("/address/country");
            assertThat(error.reason()).isEqualTo("must be a country");
        });
    }

    @Test
    void translates_field_names_into_json_pointers() {
        assertThat(UseCaseProblems.pointerOf("amount")).isEqualTo("/amount");
        assertThat(UseCaseProblems.pointerOf("line_items[2].name")).isEqualTo("/line_items/2/name");
        assertThat(UseCaseProblems.pointerOf("step_up.return_url")).isEqualTo("/step_up/return_url");
        assertThat(UseCaseProblems.pointerOf("/already/a/pointer")).isEqualTo("/already/a/pointer");
        assertThat(UseCaseProblems.pointerOf("a/b")).isEqualTo("/a~1b");
    }

    @Test
    void never_leaves_a_rejection_detail_without_a_sentence() {
        Problem problem = UseCaseProblems.toProblem(new UseCaseError.Conflict("lower case code", ""));

        assertThat(problem.code()).isEqualTo("CONFLICT");
        assertThat(problem.detail()).isEqualTo("The request was refused.");
    }
}
