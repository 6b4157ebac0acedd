package dev.interop.adapters.jdbc;

import dev.interop.acquirer.application.port.out.PartnerAccount;
import dev.interop.acquirer.application.port.out.PartnerRepository;
import dev.interop.shared.network.IntegrationType;
import dev.interop.shared.network.KlarnaClientId;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.acquirer.domain.partner.PartnerId;
import dev.interop.acquirer.domain.partner.PartnerProfile;
import dev.interop.shared.token.TokenHash;
import io.vavr.control.Option;
import java.util.Objects;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * {@link PartnerRepository} on {@code partners}, one column per field (no document: a partner is flat). The API key
 * is stored only as its hash (R2). Id, API-key hash, client id and Klarna account id are each unique; a duplicate is a
 * {@link dev.interop.shared.application.port.ConcurrentUpdateException}.
 */
public final class JdbiPartnerRepository implements PartnerRepository {

    private static final String COLUMNS = "id, name, integration_type, dynamic_shipping, klarna_client_id,"
            + " klarna_account_id, api_key_hash, created_at";

    private static final RowMapper<PartnerAccount> ROW = (rs, ctx) -> {
        try {
            return new PartnerAccount(
                    new PartnerProfile(new PartnerId(rs.getString("id")), rs.getString("name"),
                            IntegrationType.valueOf(rs.getString("integration_type")),
                            rs.getBoolean("dynamic_shipping"), new KlarnaClientId(rs.getString("klarna_client_id")),
                            PartnerAccountId.of(rs.getString("klarna_account_id"))),
                    TokenHash.fromHex(rs.getString("api_key_hash")), Rows.instant(rs, "created_at"));
        } catch (IllegalArgumentException | NullPointerException invalid) {
            throw new CorruptDocumentException("partner row " + rs.getString("id") + " breaks an invariant",
                    invalid);
        }
    };

    private final JdbiTransactions transactions;

    public JdbiPartnerRepository(JdbiTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void insert(PartnerAccount account) {
        PartnerProfile profile = account.profile();
        transactions.write(handle -> SqlErrors.uniqueAsConflict("a partner with id " + profile.id()
                        + " or the same credentials exists",
                () -> handle.createUpdate("INSERT INTO ap_partners (" + COLUMNS + ") VALUES (:id, :name,"
                                + " :integrationType, :dynamicShipping, :clientId, :accountId, :apiKeyHash, :createdAt)")
                        .bind("id", profile.id().value()).bind("name", profile.name())
                        .bind("integrationType", profile.integrationType().name())
                        .bind("dynamicShipping", profile.dynamicShipping())
                        .bind("clientId", profile.klarnaClientId().value())
                        .bind("accountId", profile.klarnaAccountId().value())
                        .bind("apiKeyHash", account.apiKeyHash().hex()).bind("createdAt", account.createdAt())
                        .execute()));
    }

    @Override
    public Option<PartnerAccount> findById(PartnerId id) {
        return findBy("id", id.value());
    }

    @Override
    public Option<PartnerAccount> findByApiKeyHash(TokenHash apiKeyHash) {
        return findBy("api_key_hash", apiKeyHash.hex());
    }

    @Override
    public Option<PartnerAccount> findByClientId(KlarnaClientId clientId) {
        return findBy("klarna_client_id", clientId.value());
    }

    @Override
    public Option<PartnerAccount> findByKlarnaAccountId(PartnerAccountId accountId) {
        return findBy("klarna_account_id", accountId.value());
    }

    /** {@code column} is one of this class's constants, never caller input. */
    private Option<PartnerAccount> findBy(String column, String value) {
        return transactions.read(handle -> Option.ofOptional(handle.createQuery(
                        "SELECT " + COLUMNS + " FROM ap_partners WHERE " + column + " = :value")
                .bind("value", value).map(ROW).findOne()));
    }
}
