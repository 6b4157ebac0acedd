package dev.interop.klarna.application.service;

import dev.interop.shared.application.service.EventRecorder;
import dev.interop.shared.application.service.Transactions;

import dev.interop.klarna.application.port.in.StartExpressCheckoutCommand;
import dev.interop.klarna.application.port.in.StartExpressCheckoutUseCase;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.shared.application.port.Clock;
import dev.interop.klarna.application.port.out.CustomerSessionRepository;
import dev.interop.shared.application.port.EventStore;
import dev.interop.shared.application.port.IdGenerator;
import dev.interop.klarna.application.port.out.PartnerAccountRepository;
import dev.interop.klarna.application.port.out.PaymentRequestRepository;
import dev.interop.shared.application.port.TokenGenerator;
import dev.interop.shared.application.port.UnitOfWork;
import dev.interop.klarna.domain.account.PartnerAccount;
import dev.interop.klarna.domain.paymentrequest.Intent;
import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;
import dev.interop.klarna.domain.session.BoostFeature;
import dev.interop.klarna.domain.session.CustomerSessionId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * Journeys 3 and 4: the customer clicks the express checkout button. Starts an {@code EXPRESS_CHECKOUT} session and a
 * Payment Request ({@code SUBMITTED}) linked to it, with the button's intent. R8: intent {@code AUTHORIZATION}
 * (one-step) for a Partner that is not {@code SERVER_SIDE_ONLY} with dynamic shipping is
 * {@code ONE_STEP_EXPRESS_NOT_AVAILABLE}, pointing to the multi-step journey. The request's input is checked by
 * {@link PaymentRequest#create}; any refusal leaves nothing behind.
 */
public final class StartExpressCheckoutService implements StartExpressCheckoutUseCase {

    private final PartnerAccountRepository partners;
    private final KlarnaSessions sessions;
    private final KlarnaRequests requests;
    private final IdGenerator ids;
    private final TokenGenerator secrets;
    private final Clock clock;
    private final UnitOfWork unitOfWork;
    private final KlarnaSettings settings;

    public StartExpressCheckoutService(PartnerAccountRepository partners, CustomerSessionRepository sessions,
            PaymentRequestRepository requests, IdGenerator ids, TokenGenerator secrets, Clock clock,
            EventStore eventStore, UnitOfWork unitOfWork, KlarnaSettings settings) {
        EventRecorder events = new EventRecorder(eventStore, clock);
        this.partners = Objects.requireNonNull(partners);
        this.sessions = new KlarnaSessions(sessions, events);
        this.requests = new KlarnaRequests(requests, events);
        this.ids = Objects.requireNonNull(ids);
        this.secrets = Objects.requireNonNull(secrets);
        this.clock = Objects.requireNonNull(clock);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
        this.settings = Objects.requireNonNull(settings);
    }

    @Override
    public Either<UseCaseError, PaymentRequest> start(StartExpressCheckoutCommand command) {
        return Transactions.atomically(unitOfWork, () -> KlarnaSupport.partnerByClientId(partners, command.clientId())
                .flatMap(partner -> checkJourney(partner, command.intent()))
                .flatMap(partner -> {
                    Instant now = clock.now();
                    return sessions.start(CustomerSessionId.of(ids.newId()), partner.id(),
                                    BoostFeature.EXPRESS_CHECKOUT, KlarnaSupport.newSessionToken(secrets).hash(), now,
                                    settings.customerSessionTtl())
                            .flatMap(session -> requests.commit(PaymentRequest.create(
                                    PaymentRequestId.of(ids.newId()), partner.id(), Option.of(session.id().value()),
                                    command.intent(), command.amount(), command.reference(), command.lineItems(),
                                    Option.none(), Option.of(settings.paymentRequestTtl()), now)));
                }));
    }

    /** R8, by the journey rules: one-step needs a server-side-only Partner with dynamic shipping. */
    private static Either<UseCaseError, PartnerAccount> checkJourney(PartnerAccount partner, Intent intent) {
        return switch (intent) {
            case AUTHORIZATION -> KlarnaSupport.lift(partner.requireOneStepExpress());
            case PREPARATION -> Either.right(partner);
        };
    }
}
