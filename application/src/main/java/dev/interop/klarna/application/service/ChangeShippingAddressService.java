package dev.interop.klarna.application.service;

import dev.interop.shared.application.service.EventRecorder;
import dev.interop.shared.application.service.Transactions;

import dev.interop.klarna.application.port.in.ChangeShippingAddressCommand;
import dev.interop.klarna.application.port.in.ChangeShippingAddressUseCase;
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
 * Dynamic shipping: the customer changes the address in the purchase journey ({@code IN_PROGRESS} only). The
 * Partner's shipping quotes are asked with the request's order amount (without any earlier shipping option); the
 * quote's total, including the selected option, becomes the request's amount and the address is remembered for
 * later option changes. The Partner's refusal ({@code COUNTRY_NOT_SUPPORTED}, {@code POSTAL_CODE_NOT_SUPPORTED},
 * {@code CITY_NOT_SUPPORTED}, {@code REGION_NOT_SUPPORTED}, {@code ADDRESS_NOT_SUPPORTED}) is {@code Rejected} with
 * that code and changes nothing. Another Partner's request is {@code NotFound}.
 */
public final class ChangeShippingAddressService implements ChangeShippingAddressUseCase {

    private final PartnerAccountRepository partners;
    private final KlarnaRequests requests;
    private final KlarnaShipping shipping;
    private final Clock clock;
    private final UnitOfWork unitOfWork;

    public ChangeShippingAddressService(PartnerAccountRepository partners, PaymentRequestRepository requests,
            ShippingQuotesGateway quotes, Clock clock, EventStore eventStore, UnitOfWork unitOfWork) {
        this.partners = Objects.requireNonNull(partners);
        this.requests = new KlarnaRequests(requests, new EventRecorder(eventStore, clock));
        this.shipping = new KlarnaShipping(quotes, this.requests);
        this.clock = Objects.requireNonNull(clock);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
    }

    @Override
    public Either<UseCaseError, ShippingChangeResult> change(ChangeShippingAddressCommand command) {
        return Transactions.atomically(unitOfWork, () -> KlarnaSupport.partnerByClientId(partners, command.clientId())
                .flatMap(partner -> requests.find(partner.id(), command.paymentRequestId())
                        .flatMap(request -> shipping.changeAddress(partner.id(), request, command.address(),
                                clock.now()))));
    }
}
