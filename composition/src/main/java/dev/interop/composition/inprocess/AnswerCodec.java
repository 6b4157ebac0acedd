package dev.interop.composition.inprocess;

import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway.AuthorizationAnswer;
import dev.interop.shared.application.port.StoredResponse;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.network.KlarnaErrorCode;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * An authorization answer as Klarna's idempotency store keeps it in one process: a status (200 for an answer, 4xx
 * for a refusal, like the HTTP face) and the answer's fields, URL-encoded, one per line. Only this bridge reads it.
 */
final class AnswerCodec {

    private AnswerCodec() {
    }

    static StoredResponse encode(AuthorizationAnswer answer) {
        if (answer instanceof AuthorizationAnswer.Approved approved) {
            return new StoredResponse(200, lines("APPROVED", approved.paymentTransactionId()));
        }
        if (answer instanceof AuthorizationAnswer.StepUpRequired stepUp) {
            return new StoredResponse(200, lines("STEP_UP_REQUIRED", stepUp.paymentRequestId(),
                    stepUp.paymentRequestUrl()));
        }
        if (answer instanceof AuthorizationAnswer.Declined declined) {
            return new StoredResponse(200, lines("DECLINED", declined.reason()));
        }
        Rejection rejection = ((AuthorizationAnswer.Refused) answer).rejection();
        return new StoredResponse(422, lines("REFUSED", rejection.code().name(), rejection.detail(),
                rejection.field().getOrElse("")));
    }

    static AuthorizationAnswer decode(StoredResponse response) {
        List<String> fields = List.of(response.body().split("\n", -1))
                .map(field -> URLDecoder.decode(field, StandardCharsets.UTF_8));
        return switch (fields.head()) {
            case "APPROVED" -> new AuthorizationAnswer.Approved(fields.get(1));
            case "STEP_UP_REQUIRED" -> new AuthorizationAnswer.StepUpRequired(fields.get(1), fields.get(2));
            case "DECLINED" -> new AuthorizationAnswer.Declined(fields.get(1));
            case "REFUSED" -> new AuthorizationAnswer.Refused(new Rejection(KlarnaErrorCode.of(fields.get(1)),
                    fields.get(2), fields.get(3).isEmpty() ? Option.none() : Option.some(fields.get(3))));
            default -> throw new IllegalStateException("not a stored authorization answer: " + fields.head());
        };
    }

    private static String lines(String... fields) {
        return List.of(fields).map(field -> URLEncoder.encode(field, StandardCharsets.UTF_8)).mkString("\n");
    }
}
