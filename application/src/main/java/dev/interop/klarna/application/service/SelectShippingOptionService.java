package dev.interop.klarna.application.service;

import dev.interop.shared.application.service.EventRecorder;
import dev.interop.shared.application.service.Transactions;

import dev.interop.klarna.application.port.in.SelectShippingOptionCommand;
import dev.interop.klarna.application.port.in.SelectShippingOptionUseCase;
import dev.interop.klarna.application.port.in.ShippingChangeResult;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.shared.application.port.Clock;
import dev.interop.shared.application.port.EventStore;
import dev.interop.klarna.application.port.out.PartnerAccountRepository;
import dev.interop.klarna.application.port.out.PaymentRequestRepository;
import dev.interop.klarna.application.port.out.ShippingQuotesGateway;
import dev.interop.shared.application.port.UnitOfWork;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * Dynamic shipping: the customer picks an option ({@code IN_PROGRESS} only), quoted by the Partner for the address
 * that last quoted successfully. An option the Partner does not offer there, or a pick before any address was
 * quoted, is {@code INVALID_OPTION} and changes nothing. Another Partner's request is {@code NotFound}.
 */
public final class SelectShippingOptionService implements SelectShippingOptionUseCase {

    private final PartnerAccountRepository partners;
    private final KlarnaRequests requests;
    private final KlarnaShipping shipping;
    private final Clock clock;
    private final UnitOfWork unitOfWork;

    public SelectShippingOptionService(PartnerAccountRepository partners, PaymentRequestRepository requests,
            ShippingQuotesGateway quotes, Clock clock, EventStore eventStore, UnitOfWork unitOfWork) {
        this.partners = Objects.requireNonNull(partners);
        this.requests = new KlarnaRequests(requests, new EventRecorder(eventStore, clock));
        this.shipping = new KlarnaShipping(quotes, this.requests);
        this.clock = Objects.requireNonNull(clock);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
    }

    @Override
    public Either<UseCaseError, ShippingChangeResult> select(SelectShippingOptionCommand command) {
        return Transactions.atomically(unitOfWork, () -> KlarnaSupport.partnerByClientId(partners, command.clientId())
                .flatMap(partner -> requests.find(partner.id(), command.paymentRequestId())
                        .flatMap(request -> shipping.selectOption(partner.id(), request,
                                command.shippingOptionReference(), clock.now()))));
    }
}
