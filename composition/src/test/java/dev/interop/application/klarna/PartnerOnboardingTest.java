package dev.interop.application.klarna;

import static dev.interop.application.klarna.KlarnaAssertions.assertRejected;
import static dev.interop.application.klarna.KlarnaSideFixture.right;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.klarna.application.port.in.OnboardPartnerCommand;
import dev.interop.klarna.application.service.KlarnaNaming;
import dev.interop.klarna.domain.account.PartnerAccount;
import dev.interop.shared.application.port.StoredEvent;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.network.IntegrationType;
import dev.interop.shared.network.PartnerAccountId;
import org.junit.jupiter.api.Test;

/** Klarna's Partner onboarding: one account per Acquiring Partner reference, its ids sharing one unique part. */
class PartnerOnboardingTest {

    private final KlarnaSideFixture klarna = new KlarnaSideFixture();

    private PartnerAccount onboard(String reference, String name) {
        return right(klarna.onboardPartner.onboard(new OnboardPartnerCommand(reference, name,
                IntegrationType.SERVER_SIDE_ONLY, true)));
    }

    @Test
    void onboards_an_account_whose_ids_share_one_unique_part() {
        PartnerAccount account = onboard("ptr_1", "Fjord Shop");

        String unique = account.clientId().value().substring(KlarnaNaming.CLIENT_ID_PREFIX.length());
        assertThat(account.clientId().value()).isEqualTo("klarna_test_client_" + unique);
        assertThat(account.id().value())
                .isEqualTo("krn:partner:global:account:test:" + unique.toUpperCase().replace("-", ""));
        assertThat(account.reference()).isEqualTo("ptr_1");
        assertThat(account.name()).isEqualTo("Fjord Shop");
        assertThat(account.integrationType()).isEqualTo(IntegrationType.SERVER_SIDE_ONLY);
        assertThat(account.dynamicShipping()).isTrue();
        assertThat(account.createdAt()).isEqualTo(KlarnaSideFixture.START);
        assertThat(klarna.partnerAccounts.findById(account.id())).contains(account);
        assertThat(klarna.partnerAccounts.findByClientId(account.clientId())).contains(account);
    }

    @Test
    void answers_the_same_account_when_a_reference_is_onboarded_again() {
        PartnerAccount first = onboard("ptr_1", "Fjord Shop");

        PartnerAccount again = onboard("ptr_1", "Fjord Shop");
        PartnerAccount other = onboard("ptr_2", "Fjord Shop");

        assertThat(again).isEqualTo(first);
        assertThat(other.id()).isNotEqualTo(first.id());
        assertThat(other.clientId()).isNotEqualTo(first.clientId());
        assertThat(klarna.db.<PartnerAccountId, PartnerAccount>table("klarna_partner_accounts").rows()).hasSize(2);
        assertThat(klarna.timeline(first.id().value())).hasSize(1);
    }

    @Test
    void records_the_onboarding_on_the_account_timeline() {
        PartnerAccount account = onboard("ptr_1", "Fjord Shop");

        StoredEvent event = klarna.timeline(account.id().value()).single();
        assertThat(event.aggregateType()).isEqualTo("partner_account");
        assertThat(event.type()).isEqualTo("partner_account.created");
        assertThat(event.sequence()).isEqualTo(1);
        assertThat(event.payload()).contains("Fjord Shop").contains(account.clientId().value()).contains("ptr_1");
    }

    @Test
    void rejects_a_blank_or_overlong_name_or_reference_naming_the_field_and_stores_nothing() {
        for (String text : new String[] {"  ", "x".repeat(201)}) {
            assertRejected(klarna.onboardPartner.onboard(new OnboardPartnerCommand("ptr_1", text,
                    IntegrationType.HOSTED_CHECKOUT, false)).getLeft(), CommonRejection.INVALID_FIELD, "name");
            assertRejected(klarna.onboardPartner.onboard(new OnboardPartnerCommand(text, "Fjord Shop",
                    IntegrationType.HOSTED_CHECKOUT, false)).getLeft(), CommonRejection.INVALID_FIELD,
                    "partner_reference");
        }
        assertThat(klarna.db.<PartnerAccountId, PartnerAccount>table("klarna_partner_accounts").rows()).isEmpty();
    }

    @Test
    void accepts_a_name_of_exactly_two_hundred_characters() {
        assertThat(onboard("ptr_1", "x".repeat(200)).name()).hasSize(200);
    }
}
