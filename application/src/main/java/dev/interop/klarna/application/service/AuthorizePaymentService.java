package dev.interop.klarna.application.service;

import dev.interop.klarna.domain.KlarnaRejection;
import dev.interop.shared.application.service.EventRecorder;
import dev.interop.shared.application.service.Transactions;

import dev.interop.klarna.application.port.in.AuthorizePaymentCommand;
import dev.interop.klarna.application.port.in.AuthorizePaymentUseCase;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.shared.application.port.Clock;
import dev.interop.klarna.application.port.out.CustomerRiskPolicy;
import dev.interop.klarna.application.port.out.CustomerSessionRepository;
import dev.interop.shared.application.port.EventStore;
import dev.interop.shared.application.port.IdGenerator;
import dev.interop.klarna.application.port.out.PartnerAccountRepository;
import dev.interop.klarna.application.port.out.PaymentRequestRepository;
import dev.interop.klarna.application.port.out.PaymentTransactionRepository;
import dev.interop.shared.application.port.TokenGenerator;
import dev.interop.shared.application.port.UnitOfWork;
import dev.interop.klarna.domain.authorization.AuthorizationContext;
import dev.interop.klarna.domain.authorization.AuthorizationDecision;
import dev.interop.klarna.domain.authorization.AuthorizationPolicy;
import dev.interop.klarna.domain.authorization.CustomerAssessment;
import dev.interop.klarna.domain.authorization.PaymentTransaction;
import dev.interop.klarna.domain.account.PartnerAccount;
import dev.interop.klarna.domain.paymentrequest.Intent;
import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;
import dev.interop.klarna.domain.session.Approval;
import dev.interop.klarna.domain.session.BoostFeature;
import dev.interop.klarna.domain.session.CustomerIdentity;
import dev.interop.klarna.domain.session.CustomerSession;
import dev.interop.klarna.domain.session.CustomerSessionId;
import dev.interop.klarna.domain.session.PreQualification;
import dev.interop.klarna.domain.session.PreparedPayment;
import dev.interop.klarna.domain.presentation.Market;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.domain.Money;
import dev.interop.shared.domain.Rejection;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * Klarna's {@code authorizePayment}. The token, when given, is resolved for the account's Partner (R1, R3, R5, R6;
 * a refusal is {@code Rejected}). {@link AuthorizationPolicy} then decides from:
 * <ul>
 *   <li>the approved amount: the session's approval, else its prepared payment (express checkout step one);</li>
 *   <li>whether a session was resolved, and whether a step-up return URL came (R11: without one, never step-up);</li>
 *   <li>the customer assessment: the risk policy's judgement of the signed-in customer's e-mail address; for a session
 *       without an identity but with a pre-qualification, what that pre-qualification found (approved with a
 *       purchase power: approve up to it; otherwise always step up); otherwise the risk policy's judgement of an
 *       unknown customer;</li>
 *   <li>the configured R10 tolerance.</li>
 * </ul>
 * {@code APPROVED} creates the payment transaction ({@code krn:payment:eu1:transaction:<id>}) and consumes the
 * session (R5): of two racing authorizations with one session exactly one wins, the other sees
 * {@code TOKEN_CONSUMED} or {@code Conflict}. {@code STEP_UP_REQUIRED} creates a Payment Request (intent
 * {@code AUTHORIZATION}, returning to the given URL, named by the command's Payment Request reference or else its
 * transaction reference) for the session, or for a new session when no token came, and
 * answers its purchase-journey URL. {@code DECLINED} writes nothing and says which rule declined.
 */
public final class AuthorizePaymentService implements AuthorizePaymentUseCase {

    private static final int MAX_REFERENCE = 255;

    private final PartnerAccountRepository partners;
    private final KlarnaSessions sessions;
    private final KlarnaRequests requests;
    private final PaymentTransactionRepository transactions;
    private final CustomerRiskPolicy risk;
    private final IdGenerator ids;
    private final TokenGenerator secrets;
    private final Clock clock;
    private final EventRecorder events;
    private final UnitOfWork unitOfWork;
    private final KlarnaSettings settings;
    private final Market market;

    /** With the sandbox's default market. */
    public AuthorizePaymentService(PartnerAccountRepository partners, CustomerSessionRepository sessions,
            PaymentRequestRepository requests, PaymentTransactionRepository transactions, CustomerRiskPolicy risk,
            IdGenerator ids, TokenGenerator secrets, Clock clock, EventStore eventStore, UnitOfWork unitOfWork,
            KlarnaSettings settings) {
        this(partners, sessions, requests, transactions, risk, ids, secrets, clock, eventStore, unitOfWork, settings,
                Market.DEFAULT);
    }

    /** @param market the currencies Klarna serves; a payment in any other is refused, as presentation hides Klarna */
    public AuthorizePaymentService(PartnerAccountRepository partners, CustomerSessionRepository sessions,
            PaymentRequestRepository requests, PaymentTransactionRepository transactions, CustomerRiskPolicy risk,
            IdGenerator ids, TokenGenerator secrets, Clock clock, EventStore eventStore, UnitOfWork unitOfWork,
            KlarnaSettings settings, Market market) {
        this.market = Objects.requireNonNull(market);
        this.events = new EventRecorder(eventStore, clock);
        this.partners = Objects.requireNonNull(partners);
        this.sessions = new KlarnaSessions(sessions, events);
        this.requests = new KlarnaRequests(requests, events);
        this.transactions = Objects.requireNonNull(transactions);
        this.risk = Objects.requireNonNull(risk);
        this.ids = Objects.requireNonNull(ids);
        this.secrets = Objects.requireNonNull(secrets);
        this.clock = Objects.requireNonNull(clock);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
        this.settings = Objects.requireNonNull(settings);
    }

    @Override
    public Either<UseCaseError, Outcome> authorize(AuthorizePaymentCommand command) {
        Either<UseCaseError, Money> amount = KlarnaSupport.lift(command.amount().requirePositive("amount"));
        if (amount.isLeft()) {
            return Either.left(amount.getLeft());
        }
        if (!market.supports(command.amount())) {
            return KlarnaSupport.rejected(Rejection.ofField(KlarnaRejection.MARKET_NOT_SUPPORTED, "currency",
                    "Klarna does not serve payments in " + command.amount().currency()));
        }
        if (command.reference().isBlank() || command.reference().length() > MAX_REFERENCE) {
            return KlarnaSupport.rejected(Rejection.ofField(CommonRejection.INVALID_FIELD, "reference",
                    "must have 1.." + MAX_REFERENCE + " characters and not be blank"));
        }
        return Transactions.atomically(unitOfWork, () -> KlarnaSupport.partnerByAccount(partners, command.account())
                .flatMap(partner -> {
                    Instant now = clock.now();
                    Either<UseCaseError, Option<CustomerSession>> resolved = command.token().isEmpty()
                            ? Either.right(Option.none())
                            : sessions.resolve(command.token().get(), partner.id(), now).map(Option::of);
                    return resolved.flatMap(session -> decide(partner, session, command, now));
                }));
    }

    private Either<UseCaseError, Outcome> decide(PartnerAccount partner, Option<CustomerSession> session,
            AuthorizePaymentCommand command, Instant now) {
        Money amount = command.amount();
        Option<Money> approved = session.flatMap(resolved -> resolved.approval().map(Approval::approvedAmount)
                .orElse(resolved.preparedPayment().map(PreparedPayment::amount)));
        AuthorizationDecision decision = AuthorizationPolicy.decide(new AuthorizationContext(amount,
                command.stepUpReturnUrl().isDefined(), approved, session.isDefined(), assess(session, amount),
                settings.amountToleranceMinorUnits()));
        return switch (decision.result()) {
            case APPROVED -> approve(partner, session, command, now);
            case STEP_UP_REQUIRED -> stepUp(partner, session, command, now);
            case DECLINED -> Either.right(new Outcome.Declined(decision.reason().name()));
        };
    }

    private CustomerAssessment assess(Option<CustomerSession> session, Money amount) {
        Option<String> email = session.flatMap(CustomerSession::identity).map(CustomerIdentity::email);
        Option<PreQualification> preQualification = session.flatMap(CustomerSession::preQualification);
        if (email.isEmpty() && preQualification.isDefined()) {
            return preQualification.get().purchasePower().filter(power -> preQualification.get().approved())
                    .<CustomerAssessment>map(CustomerAssessment.ApproveUpTo::new)
                    .getOrElse(CustomerAssessment.AlwaysStepUp::new);
        }
        return risk.assess(email, amount);
    }

    private Either<UseCaseError, Outcome> approve(PartnerAccount partner, Option<CustomerSession> session,
            AuthorizePaymentCommand command, Instant now) {
        String transactionId = KlarnaNaming.TRANSACTION_ID_PREFIX + ids.newId();
        Either<UseCaseError, Option<CustomerSession>> consumed = session.isEmpty() ? Either.right(Option.none())
                : sessions.commit(session.get().consume(transactionId, now)).map(Option::of);
        return consumed.map(ignored -> {
            PaymentTransaction transaction = new PaymentTransaction(transactionId, partner.id(),
                    session.map(resolved -> resolved.id().value()), command.amount(), Option.of(command.reference()),
                    now);
            transactions.insert(transaction);
            events.recordCreation(KlarnaEvents.PAYMENT_TRANSACTION, transactionId,
                    new KlarnaEvents.PaymentTransactionCreated(transactionId, partner.id(),
                            transaction.customerSessionId(), transaction.amount(), transaction.reference(), now));
            return new Outcome.Approved(transaction);
        });
    }

    private Either<UseCaseError, Outcome> stepUp(PartnerAccount partner, Option<CustomerSession> session,
            AuthorizePaymentCommand command, Instant now) {
        Either<UseCaseError, CustomerSession> owner = session.isDefined() ? Either.right(session.get())
                : sessions.start(CustomerSessionId.of(ids.newId()), partner.id(), BoostFeature.MARKETING,
                        KlarnaSupport.newSessionToken(secrets).hash(), now, settings.customerSessionTtl());
        return owner.flatMap(customerSession -> requests.commit(PaymentRequest.create(
                        PaymentRequestId.of(ids.newId()), partner.id(), Option.of(customerSession.id().value()),
                        Intent.AUTHORIZATION, command.amount(),
                        command.paymentRequestReference().orElse(Option.of(command.reference())), List.empty(),
                        command.stepUpReturnUrl(), Option.of(settings.paymentRequestTtl()), now)))
                .map(request -> new Outcome.StepUpRequired(request, KlarnaNaming.paymentRequestUrl(request.id())));
    }
}
