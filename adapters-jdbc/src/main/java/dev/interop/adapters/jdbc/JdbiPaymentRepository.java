package dev.interop.adapters.jdbc;

import dev.interop.acquirer.application.port.out.PaymentRepository;
import dev.interop.acquirer.domain.payment.Payment;
import dev.interop.acquirer.domain.payment.PaymentId;
import dev.interop.acquirer.domain.payment.PaymentKind;
import dev.interop.shared.application.port.ConcurrentUpdateException;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * {@link PaymentRepository} on {@code payments}; saves are optimistic (R14). The Klarna Payment Request a payment
 * waits on is a column, indexed, set only while the payment is {@link PaymentKind#REQUIRES_CUSTOMER_ACTION}.
 */
public final class JdbiPaymentRepository implements PaymentRepository {

    private static final String COLUMNS = "id, partner_id, checkout_session_id, journey, state, amount_minor,"
            + " currency, klarna_payment_request_id, created_at, version, document";

    private static final RowMapper<PaymentRow> ROW = (rs, ctx) -> new PaymentRow(
            rs.getString("id"), rs.getString("partner_id"), rs.getString("checkout_session_id"),
            rs.getString("journey"), rs.getString("state"), rs.getLong("amount_minor"), rs.getString("currency"),
            rs.getString("klarna_payment_request_id"), Rows.instant(rs, "created_at"), rs.getLong("version"),
            rs.getString("document"));

    private final JdbiTransactions transactions;

    public JdbiPaymentRepository(JdbiTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void save(Payment payment) {
        PaymentRow row = PaymentMapper.toRow(payment);
        transactions.write(handle -> {
            Rows.saveVersioned(handle, "ap_payments", row.id(), row.version(),
                    "INSERT INTO ap_payments (" + COLUMNS + ") VALUES (:id, :partnerId, :checkoutSessionId, :journey,"
                            + " :state, :amountMinor, :currency, :klarnaPaymentRequestId, :createdAt, :version,"
                            + " :document)",
                    "UPDATE ap_payments SET state = :state, amount_minor = :amountMinor, currency = :currency,"
                            + " klarna_payment_request_id = :klarnaPaymentRequestId, version = :version,"
                            + " document = :document WHERE id = :id AND version = :expected",
                    update -> update.bind("id", row.id()).bind("partnerId", row.partnerId())
                            .bind("checkoutSessionId", row.checkoutSessionId()).bind("journey", row.journey())
                            .bind("state", row.state()).bind("amountMinor", row.amountMinor())
                            .bind("currency", row.currency())
                            .bind("klarnaPaymentRequestId", row.klarnaPaymentRequestId())
                            .bind("createdAt", row.createdAt()).bind("version", row.version())
                            .bind("document", row.document()));
            return null;
        });
    }

    @Override
    public void remove(PaymentId id, long version) {
        transactions.write(handle -> {
            int removed = handle.createUpdate("DELETE FROM ap_payments WHERE id = :id AND version = :version")
                    .bind("id", id.value()).bind("version", version).execute();
            if (removed != 1) {
                throw new ConcurrentUpdateException("payment " + id + " is not at version " + version);
            }
            return null;
        });
    }

    @Override
    public Option<Payment> findById(PaymentId id) {
        return transactions.read(handle -> Option.ofOptional(handle.createQuery(
                        "SELECT " + COLUMNS + " FROM ap_payments WHERE id = :id")
                .bind("id", id.value()).map(ROW).findOne()).map(PaymentMapper::fromRow));
    }

    @Override
    public Option<Payment> findByKlarnaPaymentRequestId(String paymentRequestId) {
        return transactions.read(handle -> Option.ofOptional(handle.createQuery(
                        "SELECT " + COLUMNS + " FROM ap_payments"
                                + " WHERE klarna_payment_request_id = :request AND state = :waiting"
                                + " ORDER BY created_at, id LIMIT 1")
                .bind("request", paymentRequestId).bind("waiting", PaymentKind.REQUIRES_CUSTOMER_ACTION.name())
                .map(ROW).findOne()).map(PaymentMapper::fromRow));
    }

    @Override
    public List<Payment> findUnsettled(Instant before, int limit) {
        if (limit <= 0) {
            return List.empty();
        }
        return transactions.read(handle -> List.ofAll(handle.createQuery(
                        "SELECT " + COLUMNS + " FROM ap_payments WHERE state IN (:authorizing, :errored, :waiting)"
                                + " AND created_at <= :before ORDER BY created_at, id LIMIT :limit")
                .bind("authorizing", PaymentKind.AUTHORIZING.name()).bind("errored", PaymentKind.ERRORED.name())
                .bind("waiting", PaymentKind.REQUIRES_CUSTOMER_ACTION.name()).bind("before", before)
                .bind("limit", limit).map(ROW).list()).map(PaymentMapper::fromRow));
    }
}
