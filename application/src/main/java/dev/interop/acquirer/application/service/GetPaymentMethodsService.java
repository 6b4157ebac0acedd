package dev.interop.acquirer.application.service;

import dev.interop.acquirer.application.port.in.GetPaymentMethodsCommand;
import dev.interop.acquirer.application.port.in.GetPaymentMethodsUseCase;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway;
import dev.interop.acquirer.application.port.out.PartnerRepository;
import dev.interop.acquirer.domain.journey.Journeys;
import dev.interop.shared.network.KlarnaSessionOrigin;
import dev.interop.acquirer.domain.presentation.Presentation;
import dev.interop.acquirer.domain.presentation.PresentationPolicy;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * Asks Klarna's presentation with the Partner's token unchanged and arranges the Acquiring Partner's methods to
 * follow the instruction (R4): for a customer signed in with Klarna the other methods are minimized. The journey is
 * told by what Klarna says of the session ({@code STANDARD} without a token). A token Klarna refuses is
 * {@code Rejected}. Writes nothing on the Acquiring Partner's side.
 */
public final class GetPaymentMethodsService implements GetPaymentMethodsUseCase {

    private final PartnerRepository partners;
    private final KlarnaNetworkGateway klarna;
    private final PresentationPolicy policy;

    public GetPaymentMethodsService(PartnerRepository partners, KlarnaNetworkGateway klarna,
            PresentationPolicy policy) {
        this.partners = Objects.requireNonNull(partners);
        this.klarna = Objects.requireNonNull(klarna);
        this.policy = Objects.requireNonNull(policy);
    }

    @Override
    public Either<UseCaseError, Result> get(GetPaymentMethodsCommand command) {
        return AcquirerSupport.partner(partners, command.partner())
                .flatMap(partner -> AcquirerSupport.presentation(klarna, partner, command.amount(), command.locale(),
                        command.token()))
                .map(answer -> {
                    boolean signedIn = answer.session()
                            .exists(hint -> hint.origin() == KlarnaSessionOrigin.SIGN_IN_WITH_KLARNA);
                    Presentation presentation = policy.arrange(answer.instruction(), signedIn);
                    return new Result(presentation.instruction(), presentation.methods(),
                            Journeys.kindFor(answer.session()));
                });
    }
}
