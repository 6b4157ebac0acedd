package dev.interop.application.inprocess;

import dev.interop.application.port.in.AuthorizePaymentCommand;
import dev.interop.application.port.in.AuthorizePaymentUseCase;
import dev.interop.application.port.in.CancelPaymentRequestCommand;
import dev.interop.application.port.in.CancelPaymentRequestUseCase;
import dev.interop.application.port.in.GetPaymentPresentationCommand;
import dev.interop.application.port.in.GetPaymentPresentationUseCase;
import dev.interop.application.port.in.UseCaseError;
import dev.interop.application.port.out.ConcurrentUpdateException;
import dev.interop.application.port.out.KlarnaNetworkGateway;
import dev.interop.application.port.out.KlarnaUnavailableException;
import dev.interop.domain.partner.PartnerAccountId;
import dev.interop.domain.paymentrequest.PaymentRequestId;
import dev.interop.domain.shared.Rejection;
import dev.interop.domain.shared.RejectionCode;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The Acquiring Partner's way to Klarna when both run in one process: calls the Klarna-side use cases directly,
 * passing the token and data as the same objects (byte for byte), and translates their answers as the HTTP client of
 * Klarna's API would:
 * <ul>
 *   <li>an answer → the matching {@link AuthorizationAnswer} or {@link PresentationAnswer};</li>
 *   <li>a {@code Rejected}, {@code NotFound} or {@code Forbidden} (Klarna's 4xx: the input was refused, nothing
 *       happened) → {@code Refused};</li>
 *   <li>a {@code Conflict} (Klarna's 409: a concurrent request won, nothing happened) →
 *       {@link ConcurrentUpdateException}, so the caller's unit of work rolls back and answers {@code Conflict};</li>
 *   <li>any other failure inside Klarna (its 5xx) → {@link KlarnaUnavailableException}: the outcome is unknown.</li>
 * </ul>
 * The Klarna side joins the caller's unit of work (at a savepoint), exactly as the in-process notifier joins Klarna's.
 */
public final class InProcessKlarnaNetworkGateway implements KlarnaNetworkGateway {

    private final GetPaymentPresentationUseCase presentation;
    private final AuthorizePaymentUseCase authorization;
    private final CancelPaymentRequestUseCase cancellation;

    public InProcessKlarnaNetworkGateway(GetPaymentPresentationUseCase presentation,
            AuthorizePaymentUseCase authorization, CancelPaymentRequestUseCase cancellation) {
        this.presentation = Objects.requireNonNull(presentation);
        this.authorization = Objects.requireNonNull(authorization);
        this.cancellation = Objects.requireNonNull(cancellation);
    }

    @Override
    public PresentationAnswer presentation(PresentationQuery query) {
        Either<UseCaseError, GetPaymentPresentationUseCase.Result> answer = call(() -> presentation.present(
                new GetPaymentPresentationCommand(query.account(), query.amount(), query.locale(), query.token())));
        return answer.fold(error -> new PresentationAnswer.Refused(refusal(error)),
                result -> new PresentationAnswer.Instructed(result.instruction(), result.session()));
    }

    @Override
    public AuthorizationAnswer authorize(AuthorizationCall call) {
        Either<UseCaseError, AuthorizePaymentUseCase.Outcome> answer = call(() -> authorization.authorize(
                new AuthorizePaymentCommand(call.account(), call.token(), call.amount(), call.reference(),
                        call.data(), call.stepUpReturnUrl())));
        if (answer.isLeft()) {
            return new AuthorizationAnswer.Refused(refusal(answer.getLeft()));
        }
        AuthorizePaymentUseCase.Outcome outcome = answer.get();
        if (outcome instanceof AuthorizePaymentUseCase.Outcome.Approved approved) {
            return new AuthorizationAnswer.Approved(approved.transaction().id());
        }
        if (outcome instanceof AuthorizePaymentUseCase.Outcome.StepUpRequired stepUp) {
            return new AuthorizationAnswer.StepUpRequired(stepUp.request().id().value(), stepUp.paymentRequestUrl());
        }
        return new AuthorizationAnswer.Declined(((AuthorizePaymentUseCase.Outcome.Declined) outcome).reason());
    }

    @Override
    public void cancelPaymentRequest(PartnerAccountId account, String paymentRequestId) {
        PaymentRequestId id = PaymentRequestId.parse(paymentRequestId, "payment_request_id")
                .getOrElseThrow(rejection -> new IllegalArgumentException(rejection.detail()));
        // Idempotent: a request already final or unknown is as canceled as it will ever be.
        call(() -> cancellation.cancel(new CancelPaymentRequestCommand(account, id)));
    }

    /** Runs a Klarna-side call, turning its conflicts and failures into what a remote caller would see. */
    private static <T> Either<UseCaseError, T> call(Supplier<Either<UseCaseError, T>> work) {
        Either<UseCaseError, T> answer;
        try {
            answer = work.get();
        } catch (ConcurrentUpdateException conflict) {
            throw conflict;
        } catch (RuntimeException failure) {
            throw new KlarnaUnavailableException("Klarna failed while handling the call", failure);
        }
        if (answer.isLeft() && answer.getLeft() instanceof UseCaseError.Conflict conflict) {
            throw new ConcurrentUpdateException("Klarna: " + conflict.detail());
        }
        return answer;
    }

    private static Rejection refusal(UseCaseError error) {
        if (error instanceof UseCaseError.Rejected rejected) {
            return rejected.rejection();
        }
        return Rejection.of(RejectionCode.ACTION_NOT_ALLOWED, "Klarna refused the call: " + error.detail());
    }
}
