package dev.interop.klarna.application.port.out;

import dev.interop.shared.application.port.ConcurrentUpdateException;

import dev.interop.klarna.domain.authorization.PaymentTransaction;
import io.vavr.control.Option;

/**
 * Klarna-side payment transactions. At most one transaction per customer session (R5): inserting a second for the
 * same session throws {@link ConcurrentUpdateException}, whichever of two racing authorizations comes second.
 */
public interface PaymentTransactionRepository {

    void insert(PaymentTransaction transaction);

    Option<PaymentTransaction> findById(String transactionId);
}
