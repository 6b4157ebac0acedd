package dev.interop.adapters.jdbc;

import dev.interop.klarna.application.port.out.PaymentTransactionRepository;
import dev.interop.klarna.domain.authorization.PaymentTransaction;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.shared.domain.CurrencyCode;
import dev.interop.shared.domain.Money;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * {@link PaymentTransactionRepository} on {@code payment_transactions}, one column per field. The unique constraint
 * on {@code customer_session_id} (NULLs exempt) makes a second transaction for one session fail in the database, so
 * of two racing authorizations exactly one consumes the token (R5); the other gets a
 * {@link dev.interop.shared.application.port.ConcurrentUpdateException}.
 */
public final class JdbiPaymentTransactionRepository implements PaymentTransactionRepository {

    private final JdbiTransactions transactions;

    public JdbiPaymentTransactionRepository(JdbiTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void insert(PaymentTransaction transaction) {
        transactions.write(handle -> SqlErrors.uniqueAsConflict("payment transaction " + transaction.id()
                        + " exists, or its customer session was consumed by another transaction",
                () -> handle.createUpdate("INSERT INTO klarna_payment_transactions"
                                + " (id, partner_id, customer_session_id, amount_minor, currency, reference, created_at)"
                                + " VALUES (:id, :partner, :session, :amount, :currency, :reference, :createdAt)")
                        .bind("id", transaction.id()).bind("partner", transaction.partner().value())
                        .bind("session", transaction.customerSessionId().getOrNull())
                        .bind("amount", transaction.amount().minorUnits())
                        .bind("currency", transaction.amount().currency().code())
                        .bind("reference", transaction.reference().getOrNull())
                        .bind("createdAt", transaction.createdAt()).execute()));
    }

    @Override
    public Option<PaymentTransaction> findById(String transactionId) {
        return transactions.read(handle -> Option.ofOptional(handle.createQuery(
                        "SELECT id, partner_id, customer_session_id, amount_minor, currency, reference, created_at"
                                + " FROM klarna_payment_transactions WHERE id = :id")
                .bind("id", transactionId)
                .map((rs, ctx) -> {
                    try {
                        return new PaymentTransaction(rs.getString("id"), PartnerAccountId.of(rs.getString("partner_id")),
                                Option.of(rs.getString("customer_session_id")),
                                new Money(rs.getLong("amount_minor"), CurrencyCode.of(rs.getString("currency"))),
                                Option.of(rs.getString("reference")), Rows.instant(rs, "created_at"));
                    } catch (IllegalArgumentException | NullPointerException invalid) {
                        throw new CorruptDocumentException("payment transaction row breaks an invariant", invalid);
                    }
                })
                .findOne()));
    }
}
