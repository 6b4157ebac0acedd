package dev.interop.adapters.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interop.klarna.application.port.out.CustomerTokenGrant;
import dev.interop.klarna.application.port.out.CustomerTokenRepository;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.klarna.domain.session.CustomerIdentity;
import dev.interop.shared.token.TokenHash;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * {@link CustomerTokenRepository} on {@code customer_tokens}, keyed by the token's hash (R2: the token itself is never
 * stored). The identity (e-mail, names, scopes) is a JSON document; a second grant for the same hash is a
 * {@link dev.interop.shared.application.port.ConcurrentUpdateException}.
 */
public final class JdbiCustomerTokenRepository implements CustomerTokenRepository {

    private final JdbiTransactions transactions;

    public JdbiCustomerTokenRepository(JdbiTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void insert(CustomerTokenGrant grant) {
        CustomerIdentity identity = grant.identity();
        String document = Json.write(ValueJson.identity(identity));
        transactions.write(handle -> SqlErrors.uniqueAsConflict("the customer token was granted before",
                () -> handle.createUpdate("INSERT INTO klarna_customer_tokens"
                                + " (token_hash, partner_id, customer_token_reference, issued_at, document)"
                                + " VALUES (:hash, :partner, :reference, :issuedAt, :document)")
                        .bind("hash", identity.customerTokenHash().hex()).bind("partner", grant.partner().value())
                        .bind("reference", identity.customerTokenReference()).bind("issuedAt", grant.issuedAt())
                        .bind("document", document).execute()));
    }

    @Override
    public Option<CustomerTokenGrant> findByHash(TokenHash hash) {
        return transactions.read(handle -> Option.ofOptional(handle.createQuery(
                        "SELECT token_hash, partner_id, issued_at, document FROM klarna_customer_tokens"
                                + " WHERE token_hash = :hash")
                .bind("hash", hash.hex())
                .map((rs, ctx) -> {
                    String hex = rs.getString("token_hash");
                    try {
                        JsonNode document = Json.parse(rs.getString("document"));
                        CustomerIdentity identity = ValueJson.identity(document);
                        if (!identity.customerTokenHash().hex().equals(hex)) {
                            throw new CorruptDocumentException("customer token row disagrees with its document");
                        }
                        return new CustomerTokenGrant(PartnerAccountId.of(rs.getString("partner_id")), identity,
                                Rows.instant(rs, "issued_at"));
                    } catch (IllegalArgumentException | NullPointerException invalid) {
                        throw new CorruptDocumentException("customer token row breaks an invariant", invalid);
                    }
                })
                .findOne()));
    }
}
