package dev.interop.application.service;

import dev.interop.application.port.in.UseCaseError;
import dev.interop.application.port.out.PaymentRequestRepository;
import dev.interop.domain.partner.PartnerId;
import dev.interop.domain.paymentrequest.PaymentRequest;
import dev.interop.domain.paymentrequest.PaymentRequestId;
import dev.interop.domain.shared.Rejection;
import dev.interop.domain.shared.Transition;
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
    Either<UseCaseError, PaymentRequest> find(PartnerId partner, PaymentRequestId id) {
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
