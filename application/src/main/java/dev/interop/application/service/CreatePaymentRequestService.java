package dev.interop.application.service;

import dev.interop.application.port.in.CreatePaymentRequestCommand;
import dev.interop.application.port.in.CreatePaymentRequestUseCase;
import dev.interop.application.port.in.UseCaseError;
import dev.interop.application.port.out.Clock;
import dev.interop.application.port.out.CustomerSessionRepository;
import dev.interop.application.port.out.EventStore;
import dev.interop.application.port.out.IdGenerator;
import dev.interop.application.port.out.PartnerRepository;
import dev.interop.application.port.out.PaymentRequestRepository;
import dev.interop.application.port.out.TokenGenerator;
import dev.interop.application.port.out.UnitOfWork;
import dev.interop.domain.partner.PartnerProfile;
import dev.interop.domain.paymentrequest.PaymentRequest;
import dev.interop.domain.paymentrequest.PaymentRequestId;
import dev.interop.domain.session.BoostFeature;
import dev.interop.domain.session.CustomerSession;
import dev.interop.domain.session.CustomerSessionId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * The Acquiring Partner creates a Payment Request ({@code SUBMITTED}) for the account's Partner. With a token, the
 * request belongs to the session it resolves to (R1, R3, R5, R6; a refusal is {@code Rejected}); without one, to a
 * new session Klarna starts for it, so that its completion can issue a token. The lifetime is the command's, else
 * the configured default; the input is checked by {@link PaymentRequest#create}. An unknown account is
 * {@code NotFound}.
 */
public final class CreatePaymentRequestService implements CreatePaymentRequestUseCase {

    private final PartnerRepository partners;
    private final KlarnaSessions sessions;
    private final KlarnaRequests requests;
    private final IdGenerator ids;
    private final TokenGenerator secrets;
    private final Clock clock;
    private final UnitOfWork unitOfWork;
    private final KlarnaSettings settings;

    public CreatePaymentRequestService(PartnerRepository partners, CustomerSessionRepository sessions,
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
    public Either<UseCaseError, PaymentRequest> create(CreatePaymentRequestCommand command) {
        return Transactions.atomically(unitOfWork, () -> KlarnaSupport.partnerByAccount(partners, command.account())
                .flatMap(partner -> {
                    Instant now = clock.now();
                    return sessionFor(partner, command, now).flatMap(session -> requests.commit(
                            PaymentRequest.create(PaymentRequestId.of(ids.newId()), partner.id(),
                                    Option.of(session.id().value()), command.intent(), command.amount(),
                                    command.reference(), command.lineItems(), command.returnUrl(),
                                    Option.of(command.ttl().getOrElse(settings.paymentRequestTtl())), now)));
                }));
    }

    private Either<UseCaseError, CustomerSession> sessionFor(PartnerProfile partner,
            CreatePaymentRequestCommand command, Instant now) {
        return command.token().isDefined()
                ? sessions.resolve(command.token().get(), partner.id(), now)
                : sessions.start(CustomerSessionId.of(ids.newId()), partner.id(), BoostFeature.MARKETING,
                        KlarnaSupport.newSessionToken(secrets).hash(), now, settings.customerSessionTtl());
    }
}
