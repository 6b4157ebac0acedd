package dev.interop.application.ap;

import static dev.interop.application.journeys.Sandbox.eur;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.acquirer.domain.AcquirerRejection;
import dev.interop.application.journeys.Sandbox;
import dev.interop.composition.Interop;
import dev.interop.klarna.domain.KlarnaRejection;
import dev.interop.shared.application.port.StoredResponse;
import dev.interop.shared.application.port.RunIdempotentlyCommand;
import dev.interop.acquirer.domain.partner.PartnerProfile;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The sweep: everything whose time ran out expires once, in batches, and nothing before its time. */
class ExpireDueServiceTest {

    private final Sandbox sandbox = new Sandbox();
    private final PartnerProfile shop = sandbox.hostedPartner();

    private Interop.SweepResult sweep(int batch) {
        return sandbox.interop.expireDue(batch);
    }

    @Test
    void customer_sessions_expire_after_their_lifetime_and_their_tokens_are_refused() {
        InteroperabilityToken token = sandbox.prequalify(shop, "anna@example.com", eur(5000));
        sandbox.prequalify(shop, "bert@example.com", eur(5000));

        Interop.SweepResult early = sweep(10);
        sandbox.clock.advance(Duration.ofHours(24));
        Interop.SweepResult first = sweep(1);
        Interop.SweepResult second = sweep(10);
        Interop.SweepResult third = sweep(10);

        assertThat(early.total()).isZero();
        assertThat(first.customerSessions()).isEqualTo(1);
        assertThat(second.customerSessions()).isEqualTo(1);
        assertThat(third.total()).isZero();
        assertThat(Sandbox.code(sandbox.paymentMethods(shop, eur(5000), Option.some(token))))
                .isIn(AcquirerRejection.SESSION_EXPIRED.name(), KlarnaRejection.TOKEN_EXPIRED.name());
    }

    @Test
    void idempotency_keys_are_purged_after_their_retention_and_not_before() {
        sandbox.interop.runIdempotently().run(new RunIdempotentlyCommand(shop.id().value(), "key-1",
                "POST /v1/payments {}", () -> new StoredResponse(201, "{}"))).get();

        sandbox.clock.advance(Duration.ofHours(23));
        Interop.SweepResult kept = sweep(10);
        sandbox.clock.advance(Duration.ofHours(2));
        Interop.SweepResult purged = sweep(10);

        assertThat(kept.idempotencyKeys()).isZero();
        assertThat(purged.idempotencyKeys()).isEqualTo(1);
        assertThat(sandbox.rows("idempotency_keys")).isZero();
    }
}
