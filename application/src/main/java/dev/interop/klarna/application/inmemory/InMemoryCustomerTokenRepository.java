package dev.interop.klarna.application.inmemory;

import dev.interop.shared.application.inmemory.InMemoryDatabase;

import dev.interop.klarna.application.port.out.CustomerTokenGrant;
import dev.interop.klarna.application.port.out.CustomerTokenRepository;
import dev.interop.shared.token.TokenHash;
import io.vavr.control.Option;

/** {@link CustomerTokenRepository} on an {@link InMemoryDatabase}. */
public final class InMemoryCustomerTokenRepository implements CustomerTokenRepository {

    private final InMemoryDatabase.Table<TokenHash, CustomerTokenGrant> grants;

    public InMemoryCustomerTokenRepository(InMemoryDatabase db) {
        this.grants = db.table("customer_tokens");
    }

    @Override
    public void insert(CustomerTokenGrant grant) {
        grants.insert(grant.identity().customerTokenHash(), grant);
    }

    @Override
    public Option<CustomerTokenGrant> findByHash(TokenHash hash) {
        return grants.get(hash);
    }
}
