package dev.interop.shared.application.service;

import dev.interop.shared.application.port.UseCaseError;
import dev.interop.shared.application.port.ConcurrentUpdateException;
import dev.interop.shared.application.port.UnitOfWork;
import io.vavr.control.Either;
import java.util.function.Supplier;

/**
 * Runs a use case's work in one unit of work and makes its answer decide the outcome: a {@code Left} rolls back
 * everything the work wrote (never a partial write), a lost optimistic race becomes {@code Conflict} (R14).
 */
public final class Transactions {

    private Transactions() {
    }

    public static <T> Either<UseCaseError, T> atomically(UnitOfWork unitOfWork, Supplier<Either<UseCaseError, T>> work) {
        try {
            return unitOfWork.inTransaction(() -> {
                Either<UseCaseError, T> result = work.get();
                if (result.isLeft()) {
                    throw new Abort(result.getLeft());
                }
                return result;
            });
        } catch (Abort abort) {
            return Either.left(abort.error);
        } catch (ConcurrentUpdateException lost) {
            return Either.left(new UseCaseError.Conflict("CONCURRENT_UPDATE",
                    "another request changed this resource at the same time; read it again and retry"));
        }
    }

    /**
     * Runs {@code work} on each item in a unit of work of its own: an item refused or lost to a race is skipped and
     * does not undo the others. Answers how many succeeded.
     */
    public static <T> int eachAtomically(UnitOfWork unitOfWork, io.vavr.collection.List<T> items,
            java.util.function.Function<T, Either<UseCaseError, ?>> work) {
        return items.map(item -> atomically(unitOfWork, () -> work.apply(item))).count(Either::isRight);
    }

    /** Carries a use case's refusal out of the unit of work so it rolls back; never escapes this class. */
    private static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient UseCaseError error;

        Abort(UseCaseError error) {
            super(null, null, false, false);
            this.error = error;
        }
    }
}
