package dev.interop.application.ap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.acquirer.application.port.in.AuthenticatePartnerCommand;
import dev.interop.acquirer.application.port.in.CreatePartnerCommand;
import dev.interop.acquirer.application.port.in.CreatePartnerUseCase;
import dev.interop.acquirer.application.port.out.PartnerAccount;
import dev.interop.acquirer.application.port.out.PartnerRepository;
import dev.interop.acquirer.application.service.CreatePartnerService;
import dev.interop.acquirer.domain.partner.PartnerId;
import dev.interop.acquirer.domain.partner.PartnerProfile;
import dev.interop.application.journeys.Sandbox;
import dev.interop.klarna.application.service.KlarnaNaming;
import dev.interop.shared.application.port.StoredEvent;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.network.IntegrationType;
import dev.interop.shared.token.TokenHash;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

/**
 * The Acquiring Partner's admin: a Partner is onboarded at Klarna (through the in-process bridge) under the
 * Acquiring Partner's own partner id, then stored with the hash of its API key.
 */
class PartnerAdminTest {

    private final Sandbox sandbox = new Sandbox();
    private final PartnerRepository partners = sandbox.interop.acquirer().storage().partners();

    private CreatePartnerUseCase.Result create(String name, IntegrationType type, boolean dynamicShipping) {
        return right(sandbox.interop.createPartner().create(new CreatePartnerCommand(name, type, dynamicShipping)));
    }

    private static <T> T right(Either<UseCaseError, T> result) {
        if (result.isLeft()) {
            throw new AssertionError("expected success but got " + result.getLeft().code() + ": "
                    + result.getLeft().detail());
        }
        return result.get();
    }

    @Test
    void creates_a_partner_whose_klarna_ids_are_those_of_the_account_onboarded_under_its_id() {
        CreatePartnerUseCase.Result result = create("Fjord Shop", IntegrationType.SERVER_SIDE_ONLY, true);

        PartnerProfile partner = result.partner();
        assertThat(partner.id().value()).startsWith(CreatePartnerService.PARTNER_ID_PREFIX);
        var account = sandbox.interop.klarna().storage().partnerAccounts().findByReference(partner.id().value())
                .get();
        assertThat(partner.klarnaClientId()).isEqualTo(account.clientId());
        assertThat(partner.klarnaAccountId()).isEqualTo(account.id());
        String unique = partner.klarnaClientId().value().substring(KlarnaNaming.CLIENT_ID_PREFIX.length());
        assertThat(partner.klarnaAccountId().value())
                .isEqualTo(KlarnaNaming.ACCOUNT_ID_PREFIX + unique.toUpperCase().replace("-", ""));
        assertThat(partner.name()).isEqualTo("Fjord Shop").isEqualTo(account.name());
        assertThat(partner.integrationType()).isEqualTo(IntegrationType.SERVER_SIDE_ONLY)
                .isEqualTo(account.integrationType());
        assertThat(partner.dynamicShipping()).isTrue();
        assertThat(account.dynamicShipping()).isTrue();
        assertThat(partners.findById(partner.id()).map(PartnerAccount::profile)).contains(partner);
    }

    @Test
    void issues_an_api_key_that_is_stored_only_as_its_hash() {
        CreatePartnerUseCase.Result result = create("Fjord Shop", IntegrationType.HOSTED_CHECKOUT, false);

        assertThat(result.apiKey()).startsWith(CreatePartnerService.API_KEY_PREFIX)
                .hasSizeGreaterThanOrEqualTo(CreatePartnerService.API_KEY_PREFIX.length() + 43);
        PartnerAccount stored = partners.findById(result.partner().id()).get();
        assertThat(stored.apiKeyHash()).isEqualTo(TokenHash.of(result.apiKey()));
        assertThat(stored.toString()).doesNotContain(result.apiKey());
        assertThat(result.toString()).doesNotContain(result.apiKey());
    }

    @Test
    void records_the_creation_on_the_partner_timeline_without_the_key() {
        CreatePartnerUseCase.Result result = create("Fjord Shop", IntegrationType.HOSTED_CHECKOUT, false);

        StoredEvent event = sandbox.interop.acquirer().storage().events().timeline(result.partner().id().value())
                .single();
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
            UseCaseError error = sandbox.interop.createPartner().create(
                    new CreatePartnerCommand(name, IntegrationType.HOSTED_CHECKOUT, false)).getLeft();

            assertThat(error).isInstanceOfSatisfying(UseCaseError.Rejected.class, rejected -> {
                assertThat(rejected.rejection().code()).isEqualTo(CommonRejection.INVALID_FIELD);
                assertThat(rejected.rejection().field()).contains("name");
            });
        }
        assertThat(sandbox.acquirerDb.<PartnerId, PartnerAccount>table("partners").rows()).isEmpty();
        assertThat(sandbox.rows("klarna_partner_accounts")).isZero();
    }

    @Test
    void accepts_a_name_of_exactly_two_hundred_characters() {
        assertThat(sandbox.interop.createPartner().create(
                new CreatePartnerCommand("x".repeat(200), IntegrationType.HOSTED_CHECKOUT, false)).isRight()).isTrue();
    }

    @Test
    void authenticates_a_partner_by_its_api_key() {
        CreatePartnerUseCase.Result first = create("One", IntegrationType.HOSTED_CHECKOUT, false);
        CreatePartnerUseCase.Result second = create("Two", IntegrationType.SERVER_SIDE_ONLY, false);

        assertThat(sandbox.interop.authenticatePartner().authenticate(new AuthenticatePartnerCommand(second.apiKey()))
                .get()).isEqualTo(second.partner());
        assertThat(sandbox.interop.authenticatePartner().authenticate(new AuthenticatePartnerCommand(first.apiKey()))
                .get()).isEqualTo(first.partner());
    }

    @Test
    void refuses_an_unknown_or_blank_api_key_as_unauthenticated() {
        CreatePartnerUseCase.Result created = create("One", IntegrationType.HOSTED_CHECKOUT, false);

        assertThat(sandbox.interop.authenticatePartner().authenticate(
                new AuthenticatePartnerCommand(created.apiKey() + "x")).getLeft())
                .isInstanceOf(UseCaseError.Unauthenticated.class);
        assertThat(sandbox.interop.authenticatePartner().authenticate(new AuthenticatePartnerCommand("")).getLeft())
                .isInstanceOf(UseCaseError.Unauthenticated.class);
    }
}
