package dev.interop.acquirer.application.port.in;

import dev.interop.shared.application.port.UseCaseError;

import dev.interop.acquirer.domain.partner.PartnerProfile;
import io.vavr.control.Either;

/** Admin: creates a Partner with fresh credentials; the API key is in the result once and never again (R2). */
public interface CreatePartnerUseCase {

    Either<UseCaseError, Result> create(CreatePartnerCommand command);

    /** The new Partner and its API key, which only this answer ever shows. */
    record Result(PartnerProfile partner, String apiKey) {
        @Override
        public String toString() {
            return "Result[partner=" + partner.id() + ", apiKey=…]";
        }
    }
}
