package dev.interop.klarna.application.service;

import dev.interop.shared.application.service.EventRecorder;
import dev.interop.shared.application.service.Transactions;

import dev.interop.klarna.application.port.in.GetPaymentPresentationCommand;
import dev.interop.klarna.application.port.in.GetPaymentPresentationUseCase;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.shared.application.port.Clock;
import dev.interop.klarna.application.port.out.CustomerSessionRepository;
import dev.interop.shared.application.port.EventStore;
import dev.interop.klarna.application.port.out.PartnerAccountRepository;
import dev.interop.shared.application.port.UnitOfWork;
import dev.interop.klarna.domain.account.PartnerAccount;
import dev.interop.klarna.domain.presentation.Market;
import dev.interop.klarna.domain.presentation.PresentationRule;
import dev.interop.klarna.domain.session.CustomerSession;
import dev.interop.shared.domain.Money;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * Klarna's Payment Presentation (R4) for a Partner's account. Without a token: {@code SHOW_KLARNA}, or
 * {@code HIDE_KLARNA} where the market does not serve the currency. With a token: the token is resolved for the
 * account's Partner (R1, R3, R5, R6; a refusal is {@code Rejected} and changes nothing), the presentation is recorded
 * on the session as a touch point of its origin, and the instruction follows the session's current state; the
 * answer also says where the session started and its status ({@code PAYMENT_UNSUPPORTED} in a market that does not
 * serve the currency). An amount that is not positive is {@code INVALID_AMOUNT}; an unknown account is
 * {@code NotFound}.
 */
public final class GetPaymentPresentationService implements GetPaymentPresentationUseCase {


    private final PartnerAccountRepository partners;
    private final KlarnaSessions sessions;
    private final Clock clock;
    private final UnitOfWork unitOfWork;
    private final Market market;

    public GetPaymentPresentationService(PartnerAccountRepository partners, CustomerSessionRepository sessions, Clock clock,
            EventStore eventStore, UnitOfWork unitOfWork, Market market) {
        this.partners = Objects.requireNonNull(partners);
        this.sessions = new KlarnaSessions(sessions, new EventRecorder(eventStore, clock));
        this.clock = Objects.requireNonNull(clock);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
        this.market = Objects.requireNonNull(market);
    }

    @Override
    public Either<UseCaseError, Result> present(GetPaymentPresentationCommand command) {
        Money amount = command.amount();
        Either<UseCaseError, Money> positive = KlarnaSupport.lift(amount.requirePositive("amount"));
        if (positive.isLeft()) {
            return Either.left(positive.getLeft());
        }
        if (command.token().isEmpty()) {
            return KlarnaSupport.partnerByAccount(partners, command.account())
                    .map(partner -> new Result(PresentationRule.instruct(Option.none(), amount, market), Option.none()));
        }
        return Transactions.atomically(unitOfWork, () -> KlarnaSupport.partnerByAccount(partners, command.account())
                .flatMap(partner -> presentFor(partner, command.token().get(), amount)));
    }

    private Either<UseCaseError, Result> presentFor(PartnerAccount partner, InteroperabilityToken token,
            Money amount) {
        Instant now = clock.now();
        return sessions.resolve(token, partner.id(), now)
                .flatMap(session -> sessions.commit(session.touch(session.origin(), now)))
                .map(session -> result(session, amount));
    }

    private Result result(CustomerSession session, Money amount) {
        return new Result(PresentationRule.instruct(Option.of(session), amount, market),
                Option.of(KlarnaSupport.hint(session, market.supports(amount))));
    }
}
