package dev.interop.adapters.jdbc;

import dev.interop.klarna.application.port.out.PaymentRequestRepository;
import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.jdbi.v3.core.mapper.RowMapper;

/** {@link PaymentRequestRepository} on {@code payment_requests}; saves are optimistic (R14). */
public final class JdbiPaymentRequestRepository implements PaymentRequestRepository {

    private static final String COLUMNS = "id, partner_id, customer_session_id, intent, state, amount_minor,"
            + " currency, created_at, expires_at, version, document";

    private static final RowMapper<PaymentRequestRow> ROW = (rs, ctx) -> new PaymentRequestRow(
            rs.getString("id"), rs.getString("partner_id"), rs.getString("customer_session_id"),
            rs.getString("intent"), rs.getString("state"), rs.getLong("amount_minor"), rs.getString("currency"),
            Rows.instant(rs, "created_at"), Rows.instant(rs, "expires_at"), rs.getLong("version"),
            rs.getString("document"));

    /** The states a request can still leave: the ones the expiry sweeper looks at. */
    private static final List<String> OPEN_STATES = List.of(PaymentRequestStateKind.values())
            .filter(kind -> !kind.isFinal()).map(Enum::name);

    private final JdbiTransactions transactions;

    public JdbiPaymentRequestRepository(JdbiTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void save(PaymentRequest request) {
        PaymentRequestRow row = PaymentRequestMapper.toRow(request);
        transactions.write(handle -> {
            Rows.saveVersioned(handle, "klarna_payment_requests", row.id(), row.version(),
                    "INSERT INTO klarna_payment_requests (" + COLUMNS + ") VALUES (:id, :partnerId, :customerSessionId,"
                            + " :intent, :state, :amountMinor, :currency, :createdAt, :expiresAt, :version,"
                            + " :document)",
                    "UPDATE klarna_payment_requests SET state = :state, amount_minor = :amountMinor,"
                            + " currency = :currency, expires_at = :expiresAt, version = :version,"
                            + " document = :document WHERE id = :id AND version = :expected",
                    update -> update.bind("id", row.id()).bind("partnerId", row.partnerId())
                            .bind("customerSessionId", row.customerSessionId()).bind("intent", row.intent())
                            .bind("state", row.state()).bind("amountMinor", row.amountMinor())
                            .bind("currency", row.currency()).bind("createdAt", row.createdAt())
                            .bind("expiresAt", row.expiresAt()).bind("version", row.version())
                            .bind("document", row.document()));
            return null;
        });
    }

    @Override
    public Option<PaymentRequest> findById(PaymentRequestId id) {
        return transactions.read(handle -> Option.ofOptional(handle.createQuery(
                        "SELECT " + COLUMNS + " FROM klarna_payment_requests WHERE id = :id")
                .bind("id", id.value()).map(ROW).findOne()).map(PaymentRequestMapper::fromRow));
    }

    @Override
    public List<PaymentRequest> findDue(Instant now, int limit) {
        if (limit <= 0) {
            return List.empty();
        }
        return transactions.read(handle -> List.ofAll(handle.createQuery(
                        "SELECT " + COLUMNS + " FROM klarna_payment_requests"
                                + " WHERE state IN (<open>) AND expires_at <= :now"
                                + " ORDER BY expires_at, id LIMIT :limit")
                .bindList("open", OPEN_STATES.asJava()).bind("now", now).bind("limit", limit).map(ROW).list()).map(PaymentRequestMapper::fromRow));
    }
}
