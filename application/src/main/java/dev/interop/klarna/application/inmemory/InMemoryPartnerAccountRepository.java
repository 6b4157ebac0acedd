package dev.interop.klarna.application.inmemory;

import dev.interop.klarna.application.port.out.PartnerAccountRepository;
import dev.interop.klarna.domain.account.PartnerAccount;
import dev.interop.shared.application.inmemory.InMemoryDatabase;
import dev.interop.shared.application.port.ConcurrentUpdateException;
import dev.interop.shared.network.KlarnaClientId;
import dev.interop.shared.network.PartnerAccountId;
import io.vavr.control.Option;

/** Klarna's Partner accounts in memory; a clashing account or client id fails the insert. */
public final class InMemoryPartnerAccountRepository implements PartnerAccountRepository {

    private final InMemoryDatabase db;
    private final InMemoryDatabase.Table<PartnerAccountId, PartnerAccount> accounts;

    public InMemoryPartnerAccountRepository(InMemoryDatabase db) {
        this.db = db;
        this.accounts = db.table("klarna_partner_accounts");
    }

    @Override
    public void insert(PartnerAccount account) {
        db.inTransaction(() -> {
            if (accounts.get(account.id()).isDefined() || findByClientId(account.clientId()).isDefined()
                    || findByReference(account.reference()).isDefined()) {
                throw new ConcurrentUpdateException("a partner account with the same ids exists");
            }
            accounts.insert(account.id(), account);
            return null;
        });
    }

    @Override
    public Option<PartnerAccount> findById(PartnerAccountId id) {
        return accounts.get(id);
    }

    @Override
    public Option<PartnerAccount> findByClientId(KlarnaClientId clientId) {
        return accounts.rows().values().find(account -> account.clientId().equals(clientId));
    }

    @Override
    public Option<PartnerAccount> findByReference(String reference) {
        return accounts.rows().values().find(account -> account.reference().equals(reference));
    }
}
