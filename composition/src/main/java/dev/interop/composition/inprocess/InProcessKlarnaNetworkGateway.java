package dev.interop.composition.inprocess;

import dev.interop.klarna.application.port.in.AuthorizePaymentCommand;
import dev.interop.klarna.application.port.in.AuthorizePaymentUseCase;
import dev.interop.klarna.application.port.in.CancelPaymentRequestCommand;
import dev.interop.klarna.application.port.in.CancelPaymentRequestUseCase;
import dev.interop.klarna.application.port.in.GetPaymentPresentationCommand;
import dev.interop.klarna.application.port.in.GetPaymentPresentationUseCase;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.shared.application.port.ConcurrentUpdateException;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway;
import dev.interop.acquirer.application.port.out.KlarnaUnavailableException;
import dev.interop.shared.network.KlarnaErrorCode;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;
import dev.interop.shared.domain.Rejection;
import io.vavr.control.Either;
import dev.interop.klarna.application.port.in.GetPaymentRequestCommand;
import dev.interop.klarna.application.port.in.GetPaymentRequestUseCase;
import dev.interop.klarna.application.port.in.KlarnaApi;
import dev.interop.klarna.application.port.in.OnboardPartnerCommand;
import dev.interop.klarna.application.port.in.OnboardPartnerUseCase;
import dev.interop.klarna.domain.account.PartnerAccount;
import dev.interop.shared.network.PaymentRequestState;
import io.vavr.control.Option;
import dev.interop.shared.application.port.RunIdempotentlyCommand;
import dev.interop.shared.application.port.RunIdempotentlyUseCase;
import dev.interop.shared.token.TokenHash;
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
 * Klarna's side commits in its own unit of work: the two contexts never share a transaction.
 */
public final class InProcessKlarnaNetworkGateway implements KlarnaNetworkGateway {

    private final GetPaymentPresentationUseCase presentation;
    private final AuthorizePaymentUseCase authorization;
    private final CancelPaymentRequestUseCase cancellation;
    private final GetPaymentRequestUseCase reading;
    private final OnboardPartnerUseCase onboarding;
    private final RunIdempotentlyUseCase idempotency;

    public InProcessKlarnaNetworkGateway(KlarnaApi klarna) {
        this.presentation = Objects.requireNonNull(klarna.getPaymentPresentation());
        this.authorization = Objects.requireNonNull(klarna.authorizePayment());
        this.cancellation = Objects.requireNonNull(klarna.cancelPaymentRequest());
        this.reading = Objects.requireNonNull(klarna.getPaymentRequest());
        this.onboarding = Objects.requireNonNull(klarna.onboardPartner());
        this.idempotency = Objects.requireNonNull(klarna.runIdempotently());
    }

    @Override
    public OnboardingAnswer onboardPartner(OnboardingCall call) {
        Either<UseCaseError, PartnerAccount> answer = call(() -> onboarding.onboard(new OnboardPartnerCommand(
                call.reference(), call.name(), call.integrationType(), call.dynamicShipping())));
        return answer.fold(error -> new OnboardingAnswer.Refused(refusal(error)),
                account -> new OnboardingAnswer.Onboarded(account.id(), account.clientId()));
    }

    @Override
    public Option<PaymentRequestStatus> readPaymentRequest(PartnerAccountId account, String paymentRequestId) {
        Either<Rejection, PaymentRequestId> id = PaymentRequestId.parse(paymentRequestId, "payment_request_id");
        if (id.isLeft()) {
            return Option.none();
        }
        GetPaymentRequestCommand read = new GetPaymentRequestCommand(account, id.get());
        return call(() -> reading.get(read)).toOption()
                .map(request -> new PaymentRequestStatus(request.id().value(),
                        PaymentRequestState.valueOf(request.kind().name()), reading.completionToken(read)));
    }

    @Override
    public PresentationAnswer presentation(PresentationQuery query) {
        Either<UseCaseError, GetPaymentPresentationUseCase.Result> answer = call(() -> presentation.present(
                new GetPaymentPresentationCommand(query.account(), query.amount(), query.locale(), query.token())));
        return answer.fold(error -> new PresentationAnswer.Refused(refusal(error)),
                result -> new PresentationAnswer.Instructed(result.instruction(), result.session()));
    }

    /**
     * Authorizes as Klarna's API does with {@code Klarna-Idempotency-Key}: the call runs through Klarna's idempotency
     * store under the call's key, in Klarna's unit of work, so asking again with the same key (a reconciliation after
     * an unknown outcome) answers the first answer again and never authorizes twice (R17).
     */
    @Override
    public AuthorizationAnswer authorize(AuthorizationCall call) {
        String fingerprint = String.join("\n", call.account().value(), call.amount().toString(), call.reference(),
                call.token().map(token -> token.hash().hex()).getOrElse("-"),
                call.data().map(data -> TokenHash.of(data.raw()).hex()).getOrElse("-"),
                call.stepUpReturnUrl().getOrElse("-"));
        Either<UseCaseError, RunIdempotentlyUseCase.Outcome> run = call(() -> idempotency.run(
                new RunIdempotentlyCommand("in-process:authorize:" + call.account().value(), call.idempotencyKey(),
                        fingerprint, () -> AnswerCodec.encode(authorizeOnce(call)))));
        return run.fold(error -> new AuthorizationAnswer.Refused(refusal(error)),
                outcome -> AnswerCodec.decode(outcome.response()));
    }

    private AuthorizationAnswer authorizeOnce(AuthorizationCall call) {
        Either<UseCaseError, AuthorizePaymentUseCase.Outcome> answer = authorization.authorize(
                new AuthorizePaymentCommand(call.account(), call.token(), call.amount(), call.reference(),
                        call.data(), call.stepUpReturnUrl()));
        if (answer.isLeft()) {
            if (answer.getLeft() instanceof UseCaseError.Conflict conflict) {
                throw new ConcurrentUpdateException("Klarna: " + conflict.detail());
            }
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
            Rejection rejection = rejected.rejection();
            return new Rejection(KlarnaErrorCode.as(rejection.code()), rejection.detail(), rejection.field());
        }
        return Rejection.of(KlarnaErrorCode.ACTION_NOT_ALLOWED, "Klarna refused the call: " + error.detail());
    }
}
