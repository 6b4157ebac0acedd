package dev.interop.klarna.application.service;

import dev.interop.shared.application.service.EventRecorder;

import dev.interop.shared.application.port.UseCaseError;
import dev.interop.klarna.application.port.out.PaymentRequestRepository;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.domain.Transition;
import io.vavr.control.Either;
import java.util.Objects;

/** Payment Requests as the use cases handle them: found only by their own Partner, committed with their events. */
final class KlarnaRequests {

    static final String AGGREGATE = "payment_request";

    private final PaymentRequestRepository requests;
    private final EventRecorder events;

    KlarnaRequests(PaymentRequestRepository requests, EventRecorder events) {
        this.requests = Objects.requireNonNull(requests);
        this.events = Objects.requireNonNull(events);
    }

    /** The request, if it belongs to {@code partner}; another Partner's request is {@code NotFound} (never say which). */
    Either<UseCaseError, PaymentRequest> find(PartnerAccountId partner, PaymentRequestId id) {
        return requests.findById(id).filter(request -> request.partner().equals(partner))
                .toEither(() -> new UseCaseError.NotFound("payment request", id.value()));
    }

    /** Stores an accepted transition (optimistically, R14) and appends its event (R15); a refusal is Rejected. */
    Either<UseCaseError, PaymentRequest> commit(Either<Rejection, Transition<PaymentRequest>> change) {
        return KlarnaSupport.lift(change).map(transition -> {
            PaymentRequest next = transition.next();
            requests.save(next);
            return events.record(AGGREGATE, next.id().value(), transition);
        });
    }
}
