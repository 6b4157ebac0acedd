package dev.interop.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interop.shared.application.port.ConcurrentUpdateException;
import dev.interop.acquirer.application.port.out.PartnerAccount;
import dev.interop.acquirer.application.port.out.PartnerRepository;
import dev.interop.shared.network.IntegrationType;
import dev.interop.shared.network.KlarnaClientId;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.acquirer.domain.partner.PartnerId;
import dev.interop.acquirer.domain.partner.PartnerProfile;
import dev.interop.shared.token.TokenHash;
import org.junit.jupiter.api.Test;

/** The contract of {@link PartnerRepository}: every lookup key finds the partner, and each one is unique. */
public abstract class PartnerRepositoryContract extends StorageContract {

    private PartnerRepository partners() {
        return storage.partners();
    }

    @Test
    void finds_a_partner_by_id_api_key_hash_client_id_and_klarna_account_id() {
        PartnerAccount account = Fixtures.partner("a");
        partners().insert(account);
        partners().insert(Fixtures.partner("b"));

        assertThat(partners().findById(account.profile().id()).toJavaOptional()).contains(account);
        assertThat(partners().findByApiKeyHash(account.apiKeyHash()).toJavaOptional()).contains(account);
        assertThat(partners().findByClientId(account.profile().klarnaClientId()).toJavaOptional()).contains(account);
        assertThat(partners().findByKlarnaAccountId(account.profile().klarnaAccountId()).toJavaOptional())
                .contains(account);
    }

    @Test
    void keeps_every_field_of_the_profile() {
        PartnerAccount hosted = new PartnerAccount(new PartnerProfile(new PartnerId("p_hosted-1"),
                "B\u00e4ckerei M\u00fcller & S\u00f6hne", IntegrationType.HOSTED_CHECKOUT, false,
                new KlarnaClientId("klarna_test_client:x.y-z"),
                PartnerAccountId.of("krn:partner:global:account:test:HOSTED1")), TokenHash.of("hosted key"),
                Fixtures.T0.plusMillis(999));
        partners().insert(hosted);

        assertThat(partners().findById(hosted.profile().id()).toJavaOptional()).contains(hosted);
    }

    @Test
    void finds_nothing_for_unknown_keys() {
        partners().insert(Fixtures.partner("a"));

        assertThat(partners().findById(new PartnerId("nobody")).isEmpty()).isTrue();
        assertThat(partners().findByApiKeyHash(TokenHash.of("not a key")).isEmpty()).isTrue();
        assertThat(partners().findByClientId(new KlarnaClientId("nobody")).isEmpty()).isTrue();
        assertThat(partners().findByKlarnaAccountId(PartnerAccountId.of("krn:partner:global:account:test:none"))
                .isEmpty()).isTrue();
    }

    @Test
    void rejects_a_second_partner_with_the_same_id() {
        partners().insert(Fixtures.partner("a"));

        assertThatThrownBy(() -> partners().insert(Fixtures.partner("a", "k2", "c2", "acc2")))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(partners().findByApiKeyHash(TokenHash.of("api-key-k2")).isEmpty()).isTrue();
    }

    @Test
    void rejects_a_partner_that_reuses_any_credential_of_another() {
        PartnerAccount first = Fixtures.partner("a");
        partners().insert(first);

        assertThatThrownBy(() -> partners().insert(Fixtures.partner("b", "a", "b", "b")))
                .as("same API key").isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> partners().insert(Fixtures.partner("c", "c", "a", "c")))
                .as("same client id").isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> partners().insert(Fixtures.partner("d", "d", "d", "a")))
                .as("same Klarna account").isInstanceOf(ConcurrentUpdateException.class);

        assertThat(partners().findById(new PartnerId("partner-b")).isEmpty()).isTrue();
        assertThat(partners().findById(new PartnerId("partner-c")).isEmpty()).isTrue();
        assertThat(partners().findById(new PartnerId("partner-d")).isEmpty()).isTrue();
        assertThat(partners().findByApiKeyHash(first.apiKeyHash()).toJavaOptional()).contains(first);
    }
}
