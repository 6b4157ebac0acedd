package dev.interop.acquirer.application.service;

import dev.interop.acquirer.application.port.in.HandlePaymentRequestUpdateCommand;
import dev.interop.acquirer.application.port.in.HandlePaymentRequestUpdateUseCase;
import dev.interop.acquirer.application.port.in.ReconcilePaymentsCommand;
import dev.interop.acquirer.application.port.in.ReconcilePaymentsUseCase;
import dev.interop.acquirer.application.port.out.CheckoutSessionRepository;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway.PaymentRequestStatus;
import dev.interop.acquirer.application.port.out.KlarnaUnavailableException;
import dev.interop.acquirer.application.port.out.PartnerAccount;
import dev.interop.acquirer.application.port.out.PartnerRepository;
import dev.interop.acquirer.application.port.out.PaymentRepository;
import dev.interop.acquirer.application.port.out.SecretSealer;
import dev.interop.acquirer.domain.partner.PartnerProfile;
import dev.interop.acquirer.domain.payment.Payment;
import dev.interop.acquirer.domain.payment.PaymentState;
import dev.interop.shared.application.port.Clock;
import dev.interop.shared.application.port.ConcurrentUpdateException;
import dev.interop.shared.application.port.EventStore;
import dev.interop.shared.application.port.UnitOfWork;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.shared.application.service.Transactions;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * {@link ReconcilePaymentsUseCase}: each payment in its own units of work, so one that fails (Klarna still down, a
 * concurrent instance won) is left for the next run and does not stop the others.
 */
public final class ReconcilePaymentsService implements ReconcilePaymentsUseCase {

    private final PartnerRepository partners;
    private final PaymentRepository payments;
    private final KlarnaNetworkGateway klarna;
    private final HandlePaymentRequestUpdateUseCase notifications;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final PaymentAuthorizer authorizer;

    public ReconcilePaymentsService(PartnerRepository partners, PaymentRepository payments,
            CheckoutSessionRepository sessions, KlarnaNetworkGateway klarna,
            HandlePaymentRequestUpdateUseCase notifications, SecretSealer sealer, EventStore eventStore,
            UnitOfWork unitOfWork, Clock clock) {
        this.partners = Objects.requireNonNull(partners);
        this.payments = Objects.requireNonNull(payments);
        this.klarna = Objects.requireNonNull(klarna);
        this.notifications = Objects.requireNonNull(notifications);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
        this.clock = Objects.requireNonNull(clock);
        this.authorizer = new PaymentAuthorizer(payments, sessions, klarna, sealer, eventStore,
                unitOfWork, clock);
    }

    @Override
    public Result reconcile(ReconcilePaymentsCommand command) {
        Instant now = clock.now();
        Instant overdue = now.minus(command.settleAfter());
        var candidates = unitOfWork.inTransaction(() -> payments.findUnsettled(now, command.batchSize()));
        int examined = 0;
        int settled = 0;
        for (Payment payment : candidates) {
            if (!due(payment, overdue)) {
                continue;
            }
            examined++;
            Option<Payment> after;
            try {
                after = settle(payment);
            } catch (ConcurrentUpdateException | KlarnaUnavailableException busy) {
                after = Option.none();
            }
            if (after.exists(Payment::isFinal)) {
                settled++;
            }
        }
        return new Result(examined, settled, examined - settled);
    }

    /** ERRORED at once; AUTHORIZING and waiting payments only once overdue (a call in flight is left alone). */
    private static boolean due(Payment payment, Instant overdue) {
        return switch (payment.kind()) {
            case ERRORED -> true;
            case AUTHORIZING -> ((PaymentState.Authorizing) payment.state()).since().isBefore(overdue);
            case REQUIRES_CUSTOMER_ACTION -> ((PaymentState.RequiresCustomerAction) payment.state()).at()
                    .isBefore(overdue);
            case AUTHORIZED, DECLINED -> false;
        };
    }

    private Option<Payment> settle(Payment payment) {
        Option<PartnerProfile> partner = partners.findById(payment.partner()).map(PartnerAccount::profile);
        if (partner.isEmpty()) {
            return Option.none();
        }
        return switch (payment.kind()) {
            case ERRORED -> Transactions.atomically(unitOfWork, () -> payment.retry(clock.now())
                            .<UseCaseError>mapLeft(UseCaseError.Rejected::new).map(authorizer::save))
                    .flatMap(retried -> authorizer.authorize(partner.get(), retried, Option.none(),
                            PaymentAuthorizer.Attempt.RECONCILIATION))
                    .toOption();
            case AUTHORIZING -> authorizer.authorize(partner.get(), payment, Option.none(),
                    PaymentAuthorizer.Attempt.RECONCILIATION).toOption();
            case REQUIRES_CUSTOMER_ACTION -> askForTheRequest(partner.get(), payment);
            case AUTHORIZED, DECLINED -> Option.some(payment);
        };
    }

    /** Reads the Payment Request and, when it reached a final state, acts as its notification would have. */
    private Option<Payment> askForTheRequest(PartnerProfile partner, Payment payment) {
        String request = ((PaymentState.RequiresCustomerAction) payment.state()).klarnaPaymentRequestId();
        Option<PaymentRequestStatus> status = klarna.readPaymentRequest(partner.klarnaAccountId(), request);
        if (status.isEmpty() || !status.get().state().isFinal()) {
            return Option.none();
        }
        Either<UseCaseError, Option<Payment>> handled = notifications.handle(new HandlePaymentRequestUpdateCommand(
                partner.klarnaAccountId(), request, status.get().state(), status.get().token(), clock.now()));
        return handled.toOption().flatMap(moved -> moved);
    }
}
