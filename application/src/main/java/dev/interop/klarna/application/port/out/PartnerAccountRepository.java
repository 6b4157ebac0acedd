package dev.interop.klarna.application.port.out;

import dev.interop.klarna.domain.account.PartnerAccount;
import dev.interop.shared.network.KlarnaClientId;
import dev.interop.shared.network.PartnerAccountId;
import io.vavr.control.Option;

/**
 * Klarna's Partner accounts. Account ids, client ids and references are each unique; inserting a duplicate throws
 * {@link dev.interop.shared.application.port.ConcurrentUpdateException}. Joins the current unit of work.
 */
public interface PartnerAccountRepository {

    void insert(PartnerAccount account);

    Option<PartnerAccount> findById(PartnerAccountId id);

    Option<PartnerAccount> findByClientId(KlarnaClientId clientId);

    Option<PartnerAccount> findByReference(String reference);
}
