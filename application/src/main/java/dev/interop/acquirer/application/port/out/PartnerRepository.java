package dev.interop.acquirer.application.port.out;

import dev.interop.shared.application.port.ConcurrentUpdateException;

import dev.interop.shared.network.KlarnaClientId;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.acquirer.domain.partner.PartnerId;
import dev.interop.shared.token.TokenHash;
import io.vavr.control.Option;

/**
 * Partners and their credentials. Ids, API-key hashes, client ids and Klarna account ids are each unique; inserting a
 * duplicate throws {@link ConcurrentUpdateException}.
 */
public interface PartnerRepository {

    void insert(PartnerAccount account);

    Option<PartnerAccount> findById(PartnerId id);

    Option<PartnerAccount> findByApiKeyHash(TokenHash apiKeyHash);

    Option<PartnerAccount> findByClientId(KlarnaClientId clientId);

    Option<PartnerAccount> findByKlarnaAccountId(PartnerAccountId accountId);
}
