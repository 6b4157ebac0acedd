package dev.interop.adapters.http.api;

import dev.interop.adapters.http.Authentication;
import dev.interop.adapters.http.BodyReader;
import dev.interop.adapters.http.RouteRegistry;
import dev.interop.adapters.http.SecretCheck;
import dev.interop.adapters.http.Routes;
import dev.interop.acquirer.application.port.in.CreatePartnerCommand;
import dev.interop.acquirer.application.port.in.CreatePartnerUseCase;
import dev.interop.shared.application.port.RunIdempotentlyUseCase;
import dev.interop.shared.network.IntegrationType;
import dev.interop.acquirer.domain.partner.PartnerProfile;
import io.javalin.http.Context;
import java.util.Objects;

/**
 * The admin face, {@code /admin/v1}: every request (known path or not) needs {@code Authorization: Bearer <admin
 * key>}, read from the supplier on every request so that the key may rotate.
 *
 * <ul>
 *   <li>{@code POST /admin/v1/partners} {@code {name, integration_type, dynamic_shipping?}} → 201
 *       {@code {partner_id, api_key, klarna_client_id, klarna_partner_account_id, ...}}; the API key is shown only
 *       here: a replay of the request under the same {@code Idempotency-Key} answers the same Partner without
 *       {@code api_key}, because the key is never stored in plain text (R2).</li>
 * </ul>
 */
public final class AdminController implements Routes {

    /** The {@code WWW-Authenticate} realm. */
    public static final String REALM = "interop-admin";
    /** The idempotency scope of every admin request. */
    public static final String SCOPE = "admin";

    private static final String PARTNERS = "/admin/v1/partners";
    private static final int MAX_NAME = 200;

    private final CreatePartnerUseCase createPartner;
    private final Responder responder;
    private final SecretCheck adminKey;

    public AdminController(CreatePartnerUseCase createPartner, RunIdempotentlyUseCase runIdempotently,
            SecretCheck adminKey) {
        this.createPartner = Objects.requireNonNull(createPartner, "createPartner");
        this.responder = new Responder(runIdempotently);
        this.adminKey = Objects.requireNonNull(adminKey, "adminKey");
    }

    @Override
    public void register(RouteRegistry routes) {
        routes.before("/admin/*", Authentication.bearerKeyGuard(REALM, adminKey))
                .post(PARTNERS, this::createPartner);
    }

    /** The created Partner with its credentials; the API key is shown only in this answer. */
    record CreatedPartner(String partnerId, String apiKey, String klarnaClientId, String klarnaPartnerAccountId,
            String name, String integrationType, boolean dynamicShipping) {
        static CreatedPartner of(CreatePartnerUseCase.Result result) {
            PartnerProfile partner = result.partner();
            return new CreatedPartner(partner.id().value(), result.apiKey(), partner.klarnaClientId().value(),
                    partner.klarnaAccountId().value(), partner.name(), partner.integrationType().name(),
                    partner.dynamicShipping());
        }

        /** The same answer without the API key: what a replay shows, since the key is never stored (R2). */
        CreatedPartner withoutApiKey() {
            return new CreatedPartner(partnerId, null, klarnaClientId, klarnaPartnerAccountId, name, integrationType,
                    dynamicShipping);
        }

        @Override
        public String toString() {
            return "CreatedPartner[partnerId=" + partnerId + ", apiKey=…]";
        }
    }

    private void createPartner(Context ctx) {
        RequestInput input = RequestInput.of(ctx);
        BodyReader body = input.body();
        String name = body.requireString("name", MAX_NAME);
        IntegrationType integrationType = body.requireEnum("integration_type", IntegrationType.class);
        boolean dynamicShipping = body.optionalBoolean("dynamic_shipping").orElse(false);
        input.validate();
        CreatePartnerCommand command = new CreatePartnerCommand(name.strip(), integrationType, dynamicShipping);
        responder.mutate(ctx, SCOPE, PARTNERS,
                () -> Reply.of(createPartner.create(command), result -> new Reply.Success(201,
                        CreatedPartner.of(result), CreatedPartner.of(result).withoutApiKey())),
                Responder.ResponseHeaders.NONE);
    }
}
