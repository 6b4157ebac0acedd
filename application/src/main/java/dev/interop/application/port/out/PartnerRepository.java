package dev.interop.application.port.out;

import dev.interop.domain.partner.KlarnaClientId;
import dev.interop.domain.partner.PartnerAccountId;
import dev.interop.domain.partner.PartnerId;
import dev.interop.domain.token.TokenHash;
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
