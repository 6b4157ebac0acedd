package dev.interop.acquirer.application.inmemory;

import dev.interop.shared.application.inmemory.InMemoryDatabase;

import dev.interop.shared.application.port.ConcurrentUpdateException;
import dev.interop.acquirer.application.port.out.PartnerAccount;
import dev.interop.acquirer.application.port.out.PartnerRepository;
import dev.interop.shared.network.KlarnaClientId;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.acquirer.domain.partner.PartnerId;
import dev.interop.shared.token.TokenHash;
import io.vavr.control.Option;

/** {@link PartnerRepository} on an {@link InMemoryDatabase}; every lookup key is unique, as in the schema. */
public final class InMemoryPartnerRepository implements PartnerRepository {

    private final InMemoryDatabase db;
    private final InMemoryDatabase.Table<PartnerId, PartnerAccount> partners;

    public InMemoryPartnerRepository(InMemoryDatabase db) {
        this.db = db;
        this.partners = db.table("partners");
    }

    @Override
    public void insert(PartnerAccount account) {
        db.inTransaction(() -> {
            boolean clash = partners.rows().values().exists(other ->
                    other.apiKeyHash().equals(account.apiKeyHash())
                            || other.profile().klarnaClientId().equals(account.profile().klarnaClientId())
                            || other.profile().klarnaAccountId().equals(account.profile().klarnaAccountId()));
            if (clash) {
                throw new ConcurrentUpdateException("a partner with the same credentials exists");
            }
            partners.insert(account.profile().id(), account);
            return null;
        });
    }

    @Override
    public Option<PartnerAccount> findById(PartnerId id) {
        return partners.get(id);
    }

    @Override
    public Option<PartnerAccount> findByApiKeyHash(TokenHash apiKeyHash) {
        return partners.rows().values().find(account -> account.apiKeyHash().equals(apiKeyHash));
    }

    @Override
    public Option<PartnerAccount> findByClientId(KlarnaClientId clientId) {
        return partners.rows().values().find(account -> account.profile().klarnaClientId().equals(clientId));
    }

    @Override
    public Option<PartnerAccount> findByKlarnaAccountId(PartnerAccountId accountId) {
        return partners.rows().values().find(account -> account.profile().klarnaAccountId().equals(accountId));
    }
}
