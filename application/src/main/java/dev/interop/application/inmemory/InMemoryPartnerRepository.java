package dev.interop.application.inmemory;

import dev.interop.application.port.out.ConcurrentUpdateException;
import dev.interop.application.port.out.PartnerAccount;
import dev.interop.application.port.out.PartnerRepository;
import dev.interop.domain.partner.KlarnaClientId;
import dev.interop.domain.partner.PartnerAccountId;
import dev.interop.domain.partner.PartnerId;
import dev.interop.domain.token.TokenHash;
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
