package dev.interop.klarna.application.port.out;

import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * The fresh token a completed Payment Request issued, kept (sealed at rest, never in plain text) until its validity
 * ends, so that Klarna can hand it out again on a read of the request ({@code state_context}): the Acquiring
 * Partner's reconciler finalizes a step-up whose notification was lost. Joins the current unit of work.
 */
public interface CompletionTokenVault {

    void keep(PaymentRequestId request, InteroperabilityToken token, Instant validUntil);

    /** The request's token while it is still valid at {@code now}; none after, or for a request that issued none. */
    Option<InteroperabilityToken> find(PaymentRequestId request, Instant now);
}
