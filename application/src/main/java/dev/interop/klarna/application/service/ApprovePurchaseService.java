package dev.interop.klarna.application.service;

import dev.interop.shared.application.service.EventRecorder;
import dev.interop.shared.application.service.Transactions;

import dev.interop.klarna.application.port.in.ApprovePurchaseCommand;
import dev.interop.klarna.application.port.in.ApprovePurchaseUseCase;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.shared.application.port.Clock;
import dev.interop.klarna.application.port.out.CustomerRiskPolicy;
import dev.interop.klarna.application.port.out.CompletionTokenVault;
import dev.interop.klarna.application.port.out.CustomerSessionRepository;
import dev.interop.shared.application.port.EventStore;
import dev.interop.klarna.application.port.out.PartnerAccountRepository;
import dev.interop.klarna.application.port.out.PaymentRequestNotifier;
import dev.interop.klarna.application.port.out.PaymentRequestRepository;
import dev.interop.shared.application.port.TokenGenerator;
import dev.interop.shared.application.port.UnitOfWork;
import dev.interop.klarna.domain.authorization.CustomerAssessment;
import dev.interop.klarna.domain.account.PartnerAccount;
import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestState;
import dev.interop.klarna.domain.session.CustomerIdentity;
import dev.interop.klarna.domain.session.CustomerSession;
import dev.interop.klarna.domain.session.CustomerSessionId;
import dev.interop.klarna.domain.session.PreparedPayment;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.domain.Transition;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * The customer approves in Klarna's purchase journey ({@code IN_PROGRESS} only). The risk policy judges the customer
 * by the session's signed-in e-mail address, else the one the customer gave in the journey, else as unknown:
 * <ul>
 *   <li>a declined customer ends the request {@code DECLINED} (reason {@code PAYMENT_DECLINED}), no token;</li>
 *   <li>anyone else completes it: a fresh token is issued (R3) whose hash goes to the request and the session; intent
 *       {@code AUTHORIZATION} (one-step express, step-up) records an approval of the request's amount on the session
 *       ({@code PAYMENT_PENDING_CONFIRMATION}, token valid 60 minutes, R6), intent {@code PREPARATION} a prepared
 *       payment ({@code PAYMENT_PREPARED}).</li>
 * </ul>
 * Either way the Acquiring Partner is notified inside the unit of work, with the raw token only on completion. A
 * request of another Partner is {@code NotFound}; a given e-mail address that is not one is {@code INVALID_FIELD}
 * ({@code customer.email}); the request's and the session's refusals (wrong state, expired,
 * session ended) are {@code Rejected} and change nothing.
 */
public final class ApprovePurchaseService implements ApprovePurchaseUseCase {

    private final PartnerAccountRepository partners;
    private final KlarnaRequests requests;
    private final CustomerSessionRepository sessionRepository;
    private final KlarnaSessions sessions;
    private final CustomerRiskPolicy risk;
    private final PaymentRequestNotifier notifier;
    private final CompletionTokenVault vault;
    private final TokenGenerator secrets;
    private final Clock clock;
    private final UnitOfWork unitOfWork;

    public ApprovePurchaseService(PartnerAccountRepository partners, PaymentRequestRepository requests,
            CustomerSessionRepository sessions, CustomerRiskPolicy risk, PaymentRequestNotifier notifier,
            CompletionTokenVault vault, TokenGenerator secrets, Clock clock, EventStore eventStore,
            UnitOfWork unitOfWork) {
        EventRecorder events = new EventRecorder(eventStore, clock);
        this.partners = Objects.requireNonNull(partners);
        this.requests = new KlarnaRequests(requests, events);
        this.sessionRepository = Objects.requireNonNull(sessions);
        this.sessions = new KlarnaSessions(sessions, events);
        this.risk = Objects.requireNonNull(risk);
        this.notifier = Objects.requireNonNull(notifier);
        this.vault = Objects.requireNonNull(vault);
        this.secrets = Objects.requireNonNull(secrets);
        this.clock = Objects.requireNonNull(clock);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
    }

    @Override
    public Either<UseCaseError, Result> approve(ApprovePurchaseCommand command) {
        if (command.email().exists(email -> !CustomerIdentity.isValidEmail(email))) {
            return KlarnaSupport.rejected(Rejection.ofField(CommonRejection.INVALID_FIELD, "customer.email",
                    "must be an e-mail address"));
        }
        return Transactions.atomically(unitOfWork, () -> KlarnaSupport.partnerByClientId(partners, command.clientId())
                .flatMap(partner -> requests.find(partner.id(), command.paymentRequestId())
                        .flatMap(request -> approve(partner, request, command.email()))));
    }

    private Either<UseCaseError, Result> approve(PartnerAccount partner, PaymentRequest request,
            Option<String> givenEmail) {
        Instant now = clock.now();
        InteroperabilityToken token = KlarnaSupport.newSessionToken(secrets);
        // The completion is computed first: a request that cannot complete is refused before anyone is judged.
        Either<Rejection, Transition<PaymentRequest>> completion = request.complete(token.hash(), now);
        if (completion.isLeft()) {
            return KlarnaSupport.rejected(completion.getLeft());
        }
        CustomerSession session = sessionOf(request);
        Option<String> email = session.identity().map(CustomerIdentity::email).orElse(givenEmail);
        if (risk.assess(email, request.amount()).kind() == CustomerAssessment.Kind.DECLINE) {
            return requests.commit(request.decline(now))
                    .peek(declined -> KlarnaSupport.notifyStateChange(notifier, partner.id(), declined,
                            Option.none(), now))
                    .map(declined -> new Result(declined, Option.none()));
        }
        return requests.commit(completion)
                .flatMap(completed -> sessions.commit(switch (completed.intent()) {
                    case AUTHORIZATION -> session.approve(completed.amount(), completed.id().value(), token.hash(), now);
                    case PREPARATION -> session.prepare(new PreparedPayment(completed.amount(),
                            completed.id().value()), token.hash(), now);
                }).map(approved -> completed))
                .peek(completed -> vault.keep(completed.id(), token,
                        ((PaymentRequestState.Completed) completed.state()).tokenValidUntil()))
                .peek(completed -> KlarnaSupport.notifyStateChange(notifier, partner.id(), completed,
                        Option.of(token), now))
                .map(completed -> new Result(completed, Option.of(token)));
    }

    /** Every request this engine creates belongs to a session (a step-up without a token gets a fresh one). */
    private CustomerSession sessionOf(PaymentRequest request) {
        return request.customerSessionId().flatMap(id -> sessionRepository.findById(CustomerSessionId.fromKrn(id)))
                .getOrElseThrow(() -> new IllegalStateException("payment request " + request.id()
                        + " has no customer session"));
    }
}
