package dev.interop.adapters.jdbc;

import dev.interop.klarna.application.port.out.PartnerAccountRepository;
import dev.interop.klarna.domain.account.PartnerAccount;
import dev.interop.shared.network.IntegrationType;
import dev.interop.shared.network.KlarnaClientId;
import dev.interop.shared.network.PartnerAccountId;
import io.vavr.control.Option;
import java.util.Objects;
import org.jdbi.v3.core.mapper.RowMapper;

/** Klarna's Partner accounts in {@code klarna_partner_accounts}; ids, client ids and references are unique. */
public final class JdbiPartnerAccountRepository implements PartnerAccountRepository {

    private static final String COLUMNS = "id, client_id, reference, name, integration_type, dynamic_shipping,"
            + " created_at";

    private static final RowMapper<PartnerAccount> ROW = (rs, ctx) -> {
        try {
            return new PartnerAccount(PartnerAccountId.of(rs.getString("id")),
                    new KlarnaClientId(rs.getString("client_id")), rs.getString("reference"), rs.getString("name"),
                    IntegrationType.valueOf(rs.getString("integration_type")), rs.getBoolean("dynamic_shipping"),
                    Rows.instant(rs, "created_at"));
        } catch (IllegalArgumentException | NullPointerException invalid) {
            throw new CorruptDocumentException("partner account row " + rs.getString("id")
                    + " breaks an invariant", invalid);
        }
    };

    private final JdbiTransactions transactions;

    public JdbiPartnerAccountRepository(JdbiTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void insert(PartnerAccount account) {
        transactions.write(handle -> SqlErrors.uniqueAsConflict("a partner account with id " + account.id()
                        + " or the same client id or reference exists",
                () -> handle.createUpdate("INSERT INTO klarna_partner_accounts (" + COLUMNS + ") VALUES (:id,"
                                + " :clientId, :reference, :name, :integrationType, :dynamicShipping, :createdAt)")
                        .bind("id", account.id().value()).bind("clientId", account.clientId().value())
                        .bind("reference", account.reference()).bind("name", account.name())
                        .bind("integrationType", account.integrationType().name())
                        .bind("dynamicShipping", account.dynamicShipping())
                        .bind("createdAt", account.createdAt())
                        .execute()));
    }

    @Override
    public Option<PartnerAccount> findById(PartnerAccountId id) {
        return findBy("id", id.value());
    }

    @Override
    public Option<PartnerAccount> findByClientId(KlarnaClientId clientId) {
        return findBy("client_id", clientId.value());
    }

    @Override
    public Option<PartnerAccount> findByReference(String reference) {
        return findBy("reference", reference);
    }

    /** {@code column} is one of this class's constants, never caller input. */
    private Option<PartnerAccount> findBy(String column, String value) {
        return transactions.read(handle -> Option.ofOptional(handle.createQuery(
                        "SELECT " + COLUMNS + " FROM klarna_partner_accounts WHERE " + column + " = :value")
                .bind("value", value).map(ROW).findOne()));
    }
}
