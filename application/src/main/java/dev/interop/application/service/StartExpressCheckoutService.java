package dev.interop.application.service;

import dev.interop.application.port.in.StartExpressCheckoutCommand;
import dev.interop.application.port.in.StartExpressCheckoutUseCase;
import dev.interop.application.port.in.UseCaseError;
import dev.interop.application.port.out.Clock;
import dev.interop.application.port.out.CustomerSessionRepository;
import dev.interop.application.port.out.EventStore;
import dev.interop.application.port.out.IdGenerator;
import dev.interop.application.port.out.PartnerRepository;
import dev.interop.application.port.out.PaymentRequestRepository;
import dev.interop.application.port.out.TokenGenerator;
import dev.interop.application.port.out.UnitOfWork;
import dev.interop.domain.journey.JourneyKind;
import dev.interop.domain.journey.Journeys;
import dev.interop.domain.partner.PartnerProfile;
import dev.interop.domain.paymentrequest.Intent;
import dev.interop.domain.paymentrequest.PaymentRequest;
import dev.interop.domain.paymentrequest.PaymentRequestId;
import dev.interop.domain.session.BoostFeature;
import dev.interop.domain.session.CustomerSessionId;
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

    private final PartnerRepository partners;
    private final KlarnaSessions sessions;
    private final KlarnaRequests requests;
    private final IdGenerator ids;
    private final TokenGenerator secrets;
    private final Clock clock;
    private final UnitOfWork unitOfWork;
    private final KlarnaSettings settings;

    public StartExpressCheckoutService(PartnerRepository partners, CustomerSessionRepository sessions,
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
    private static Either<UseCaseError, PartnerProfile> checkJourney(PartnerProfile partner, Intent intent) {
        JourneyKind kind = switch (intent) {
            case AUTHORIZATION -> JourneyKind.EXPRESS_CHECKOUT_ONE_STEP;
            case PREPARATION -> JourneyKind.EXPRESS_CHECKOUT_MULTI_STEP;
        };
        return KlarnaSupport.lift(Journeys.start(kind, partner)).map(journey -> partner);
    }
}
