package dev.interop.klarna.application.service;

import dev.interop.shared.application.service.EventRecorder;
import dev.interop.shared.application.service.Transactions;

import dev.interop.klarna.application.port.in.CreatePaymentRequestCommand;
import dev.interop.klarna.application.port.in.CreatePaymentRequestUseCase;
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
import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;
import dev.interop.klarna.domain.session.BoostFeature;
import dev.interop.klarna.domain.session.CustomerSession;
import dev.interop.klarna.domain.session.CustomerSessionId;
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

    private final PartnerAccountRepository partners;
    private final KlarnaSessions sessions;
    private final KlarnaRequests requests;
    private final IdGenerator ids;
    private final TokenGenerator secrets;
    private final Clock clock;
    private final UnitOfWork unitOfWork;
    private final KlarnaSettings settings;

    public CreatePaymentRequestService(PartnerAccountRepository partners, CustomerSessionRepository sessions,
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

    private Either<UseCaseError, CustomerSession> sessionFor(PartnerAccount partner,
            CreatePaymentRequestCommand command, Instant now) {
        return command.token().isDefined()
                ? sessions.resolve(command.token().get(), partner.id(), now)
                : sessions.start(CustomerSessionId.of(ids.newId()), partner.id(), BoostFeature.MARKETING,
                        KlarnaSupport.newSessionToken(secrets).hash(), now, settings.customerSessionTtl());
    }
}
