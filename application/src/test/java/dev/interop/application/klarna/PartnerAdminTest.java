package dev.interop.application.klarna;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.application.port.StoredEvent;
import dev.interop.application.port.in.AuthenticatePartnerCommand;
import dev.interop.application.port.in.CreatePartnerCommand;
import dev.interop.application.port.in.CreatePartnerUseCase;
import dev.interop.application.port.in.UseCaseError;
import dev.interop.application.port.out.PartnerAccount;
import dev.interop.application.service.KlarnaNaming;
import dev.interop.domain.partner.IntegrationType;
import dev.interop.domain.partner.PartnerId;
import dev.interop.domain.partner.PartnerProfile;
import dev.interop.domain.shared.RejectionCode;
import dev.interop.domain.token.TokenHash;
import org.junit.jupiter.api.Test;

class PartnerAdminTest {

    private final KlarnaSideFixture klarna = new KlarnaSideFixture();

    @Test
    void creates_a_partner_whose_ids_share_one_unique_part() {
        CreatePartnerUseCase.Result result = KlarnaSideFixture.right(klarna.createPartner.create(
                new CreatePartnerCommand("Fjord Shop", IntegrationType.SERVER_SIDE_ONLY, true)));

        PartnerProfile partner = result.partner();
        String unique = partner.id().value().substring("ptr_".length());
        assertThat(partner.id().value()).startsWith(KlarnaNaming.PARTNER_ID_PREFIX);
        assertThat(partner.klarnaClientId().value()).isEqualTo("klarna_test_client_" + unique);
        assertThat(partner.klarnaAccountId().value())
                .isEqualTo("krn:partner:global:account:test:" + unique.toUpperCase().replace("-", ""));
        assertThat(partner.name()).isEqualTo("Fjord Shop");
        assertThat(partner.integrationType()).isEqualTo(IntegrationType.SERVER_SIDE_ONLY);
        assertThat(partner.dynamicShipping()).isTrue();
        assertThat(klarna.partners.findById(partner.id()).map(PartnerAccount::profile)).contains(partner);
    }

    @Test
    void issues_an_api_key_that_is_stored_only_as_its_hash() {
        CreatePartnerUseCase.Result result = KlarnaSideFixture.right(klarna.createPartner.create(
                new CreatePartnerCommand("Fjord Shop", IntegrationType.HOSTED_CHECKOUT, false)));

        assertThat(result.apiKey()).startsWith(KlarnaNaming.API_KEY_PREFIX)
                .hasSizeGreaterThanOrEqualTo(KlarnaNaming.API_KEY_PREFIX.length() + 43);
        PartnerAccount stored = klarna.partners.findById(result.partner().id()).get();
        assertThat(stored.apiKeyHash()).isEqualTo(TokenHash.of(result.apiKey()));
        assertThat(stored.toString()).doesNotContain(result.apiKey());
        assertThat(result.toString()).doesNotContain(result.apiKey());
    }

    @Test
    void records_the_creation_on_the_partner_timeline_without_the_key() {
        CreatePartnerUseCase.Result result = KlarnaSideFixture.right(klarna.createPartner.create(
                new CreatePartnerCommand("Fjord Shop", IntegrationType.HOSTED_CHECKOUT, false)));

        StoredEvent event = klarna.timeline(result.partner().id().value()).single();
        assertThat(event.aggregateType()).isEqualTo("partner");
        assertThat(event.type()).isEqualTo("partner.created");
        assertThat(event.sequence()).isEqualTo(1);
        assertThat(event.payload()).contains("\"name\":\"Fjord Shop\"")
                .contains(result.partner().klarnaAccountId().value())
                .doesNotContain(result.apiKey())
                .doesNotContain(TokenHash.of(result.apiKey()).hex());
    }

    @Test
    void rejects_a_blank_or_overlong_name_naming_the_field_and_stores_nothing() {
        for (String name : new String[] {"  ", "x".repeat(201)}) {
            UseCaseError error = klarna.createPartner.create(
                    new CreatePartnerCommand(name, IntegrationType.HOSTED_CHECKOUT, false)).getLeft();

            assertThat(error).isInstanceOfSatisfying(UseCaseError.Rejected.class, rejected -> {
                assertThat(rejected.rejection().code()).isEqualTo(RejectionCode.INVALID_FIELD);
                assertThat(rejected.rejection().field()).contains("name");
            });
        }
        assertThat(klarna.db.<PartnerId, PartnerAccount>table("partners").rows()).isEmpty();
    }

    @Test
    void accepts_a_name_of_exactly_two_hundred_characters() {
        assertThat(klarna.createPartner.create(
                new CreatePartnerCommand("x".repeat(200), IntegrationType.HOSTED_CHECKOUT, false)).isRight()).isTrue();
    }

    @Test
    void authenticates_a_partner_by_its_api_key() {
        CreatePartnerUseCase.Result first = KlarnaSideFixture.right(klarna.createPartner.create(
                new CreatePartnerCommand("One", IntegrationType.HOSTED_CHECKOUT, false)));
        CreatePartnerUseCase.Result second = KlarnaSideFixture.right(klarna.createPartner.create(
                new CreatePartnerCommand("Two", IntegrationType.SERVER_SIDE_ONLY, false)));

        assertThat(klarna.authenticatePartner.authenticate(new AuthenticatePartnerCommand(second.apiKey())).get())
                .isEqualTo(second.partner());
        assertThat(klarna.authenticatePartner.authenticate(new AuthenticatePartnerCommand(first.apiKey())).get())
                .isEqualTo(first.partner());
    }

    @Test
    void refuses_an_unknown_or_blank_api_key_as_unauthenticated() {
        CreatePartnerUseCase.Result created = KlarnaSideFixture.right(klarna.createPartner.create(
                new CreatePartnerCommand("One", IntegrationType.HOSTED_CHECKOUT, false)));

        assertThat(klarna.authenticatePartner.authenticate(new AuthenticatePartnerCommand(created.apiKey() + "x"))
                .getLeft()).isInstanceOf(UseCaseError.Unauthenticated.class);
        assertThat(klarna.authenticatePartner.authenticate(new AuthenticatePartnerCommand("")).getLeft())
                .isInstanceOf(UseCaseError.Unauthenticated.class);
    }
}
