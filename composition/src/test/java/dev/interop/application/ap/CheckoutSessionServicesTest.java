package dev.interop.application.ap;

import static dev.interop.application.journeys.Sandbox.eur;
import static dev.interop.application.journeys.Sandbox.items;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.acquirer.domain.AcquirerRejection;
import dev.interop.application.journeys.Sandbox;
import dev.interop.acquirer.application.port.in.CheckoutSessionView;
import dev.interop.acquirer.application.port.in.CreateCheckoutSessionCommand;
import dev.interop.acquirer.application.port.in.GetCheckoutSessionCommand;
import dev.interop.acquirer.application.port.in.GetTimelineCommand;
import dev.interop.acquirer.application.port.in.SubmitPaymentCommand;
import dev.interop.acquirer.application.port.in.UpdateCheckoutSessionCommand;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.acquirer.domain.checkout.CheckoutSessionId;
import dev.interop.acquirer.domain.journey.JourneyKind;
import dev.interop.acquirer.domain.partner.PartnerId;
import dev.interop.acquirer.domain.partner.PartnerProfile;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.network.PresentationInstruction;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The checkout session use cases: instruction kept for reads, conditional updates (R14), tenant isolation. */
class CheckoutSessionServicesTest {

    private final Sandbox sandbox = new Sandbox();
    private final PartnerProfile shop = sandbox.hostedPartner();

    private Either<UseCaseError, CheckoutSessionView> update(PartnerId partner, CheckoutSessionView view,
            long expectedVersion, long amount) {
        return sandbox.interop.updateCheckoutSession().update(new UpdateCheckoutSessionCommand(partner,
                view.session().id(), expectedVersion, Option.some(eur(amount)), Option.some(List.empty()),
                Option.none(), Option.none(), Option.none()));
    }

    private Either<UseCaseError, CheckoutSessionView> read(PartnerId partner, CheckoutSessionId id) {
        return sandbox.interop.getCheckoutSession().get(new GetCheckoutSessionCommand(partner, id));
    }

    @Test
    void a_session_without_a_token_is_a_standard_checkout_showing_klarna() {
        CheckoutSessionView view = sandbox.openCheckout(shop, eur(5000), items(4500, 500), Option.none()).get();

        assertThat(view.session().journey()).isEqualTo(JourneyKind.STANDARD);
        assertThat(view.klarnaInstruction()).isEqualTo(PresentationInstruction.SHOW_KLARNA);
        assertThat(view.session().version()).isEqualTo(1);
        assertThat(view.session().id().value()).startsWith("cs_");
        assertThat(read(shop.id(), view.session().id()).get()).isEqualTo(view);
    }

    @Test
    void a_change_of_amount_asks_klarna_again_and_the_session_keeps_the_new_instruction() {
        InteroperabilityToken token = sandbox.prequalify(shop, "anna@example.com", eur(5000));
        CheckoutSessionView opened = sandbox.openCheckout(shop, eur(600_000), List.empty(), Option.some(token))
                .get();

        CheckoutSessionView cheaper = update(shop.id(), opened, 1, 5000).get();

        assertThat(opened.klarnaInstruction()).isEqualTo(PresentationInstruction.SHOW_KLARNA);
        assertThat(cheaper.klarnaInstruction()).isEqualTo(PresentationInstruction.PRESELECT_KLARNA);
        assertThat(read(shop.id(), opened.session().id()).get().klarnaInstruction())
                .isEqualTo(PresentationInstruction.PRESELECT_KLARNA);
    }

    @Test
    void a_stale_version_is_a_failed_precondition_and_writes_nothing() {
        CheckoutSessionView opened = sandbox.openCheckout(shop, eur(5000), List.empty(), Option.none()).get();
        CheckoutSessionView updated = update(shop.id(), opened, 1, 6000).get();

        Either<UseCaseError, CheckoutSessionView> stale = update(shop.id(), opened, 1, 7000);

        assertThat(stale.getLeft()).isInstanceOf(UseCaseError.PreconditionFailed.class);
        assertThat(read(shop.id(), opened.session().id()).get()).isEqualTo(updated);
        assertThat(updated.session().version()).isEqualTo(2);
        assertThat(sandbox.checkoutEvents(shop, opened.session().id()))
                .containsExactly("checkout_session.opened", "checkout_session.updated");
    }

    @Test
    void an_update_the_domain_refuses_is_rejected_and_writes_nothing() {
        CheckoutSessionView opened = sandbox.openCheckout(shop, eur(5000), items(4500, 500), Option.none()).get();

        var answer = sandbox.interop.updateCheckoutSession().update(new UpdateCheckoutSessionCommand(shop.id(),
                opened.session().id(), 1, Option.some(eur(6000)), Option.none(), Option.none(), Option.none(),
                Option.none()));

        assertThat(Sandbox.code(answer)).isEqualTo(CommonRejection.LINE_ITEMS_DO_NOT_SUM_TO_TOTAL.name());
        assertThat(read(shop.id(), opened.session().id()).get()).isEqualTo(opened);
    }

    @Test
    void a_session_past_its_expiry_accepts_no_update_and_is_expired_by_the_sweep() {
        CheckoutSessionView opened = sandbox.openCheckout(shop, eur(5000), List.empty(), Option.none()).get();
        sandbox.clock.advance(Duration.ofHours(24));

        var answer = update(shop.id(), opened, 1, 6000);
        var swept = sandbox.interop.expireDue(10);

        assertThat(Sandbox.code(answer)).isEqualTo(AcquirerRejection.SESSION_EXPIRED.name());
        assertThat(swept.checkoutSessions()).isEqualTo(1);
        assertThat(sandbox.checkoutEvents(shop, opened.session().id()))
                .containsExactly("checkout_session.opened", "checkout_session.expired");
    }

    @Test
    void another_partners_session_is_not_found_for_every_use_case() {
        PartnerProfile other = sandbox.serverSidePartner();
        CheckoutSessionView mine = sandbox.openCheckout(shop, eur(5000), List.empty(), Option.none()).get();

        var read = read(other.id(), mine.session().id());
        var changed = update(other.id(), mine, 1, 6000);
        var paid = sandbox.interop.submitPayment().submit(new SubmitPaymentCommand(other.id(), eur(5000), "order-1",
                Option.some(mine.session().id()), false, Option.none(), Option.none(), Option.none()));
        var timeline = sandbox.interop.getTimeline().timeline(new GetTimelineCommand(other.id(),
                GetTimelineCommand.Subject.CHECKOUT_SESSION, mine.session().id().value()));

        assertThat(List.of(read, changed, paid, timeline)).allSatisfy(answer ->
                assertThat(answer.getLeft()).isInstanceOf(UseCaseError.NotFound.class));
        assertThat(read(shop.id(), mine.session().id()).get()).isEqualTo(mine);
    }

    @Test
    void an_unknown_partner_or_session_is_not_found() {
        var unknownPartner = sandbox.interop.createCheckoutSession().create(new CreateCheckoutSessionCommand(
                new PartnerId("ptr_nobody"), eur(5000), Option.none(), List.empty(), Option.none(), Option.none()));
        var unknownSession = read(shop.id(), CheckoutSessionId.of("nothing"));
        var malformed = sandbox.interop.getTimeline().timeline(new GetTimelineCommand(shop.id(),
                GetTimelineCommand.Subject.CHECKOUT_SESSION, "not-an-id"));

        assertThat(unknownPartner.getLeft()).isInstanceOf(UseCaseError.NotFound.class);
        assertThat(unknownSession.getLeft()).isInstanceOf(UseCaseError.NotFound.class);
        assertThat(malformed.getLeft()).isInstanceOf(UseCaseError.NotFound.class);
    }
}
