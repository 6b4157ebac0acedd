package dev.interop.klarna.application.inmemory;

import dev.interop.klarna.application.port.out.CompletionTokenVault;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;
import dev.interop.shared.application.inmemory.InMemoryDatabase;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.control.Option;
import java.time.Instant;

/** The completion tokens in memory (process memory only, like every in-memory table). */
public final class InMemoryCompletionTokenVault implements CompletionTokenVault {

    private final InMemoryDatabase db;
    private final InMemoryDatabase.Table<PaymentRequestId, Tuple2<InteroperabilityToken, Instant>> tokens;

    public InMemoryCompletionTokenVault(InMemoryDatabase db) {
        this.db = db;
        this.tokens = db.table("klarna_completion_tokens");
    }

    @Override
    public void keep(PaymentRequestId request, InteroperabilityToken token, Instant validUntil) {
        db.inTransaction(() -> {
            tokens.put(request, Tuple.of(token, validUntil));
            return null;
        });
    }

    @Override
    public Option<InteroperabilityToken> find(PaymentRequestId request, Instant now) {
        return tokens.get(request).filter(kept -> kept._2().isAfter(now)).map(Tuple2::_1);
    }
}
