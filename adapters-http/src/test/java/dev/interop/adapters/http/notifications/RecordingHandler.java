package dev.interop.adapters.http.notifications;

import dev.interop.acquirer.application.port.in.HandlePaymentRequestUpdateCommand;
import dev.interop.acquirer.application.port.in.HandlePaymentRequestUpdateUseCase;
import dev.interop.acquirer.domain.payment.Payment;
import dev.interop.shared.application.port.UseCaseError;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A stand-in for the Acquiring Partner's handler: records every command, answers "nothing to do" unless told. */
public final class RecordingHandler implements HandlePaymentRequestUpdateUseCase {

    private final List<HandlePaymentRequestUpdateCommand> commands = new CopyOnWriteArrayList<>();
    private volatile Function<HandlePaymentRequestUpdateCommand, Either<UseCaseError, Option<Payment>>> answer =
            command -> Either.right(Option.none());

    @Override
    public Either<UseCaseError, Option<Payment>> handle(HandlePaymentRequestUpdateCommand command) {
        commands.add(command);
        return answer.apply(command);
    }

    /** Answers every later command with {@code next}. */
    public RecordingHandler answering(
            Function<HandlePaymentRequestUpdateCommand, Either<UseCaseError, Option<Payment>>> next) {
        this.answer = next;
        return this;
    }

    /** Forgets every command and answers "nothing to do" again. */
    public RecordingHandler reset() {
        commands.clear();
        answer = command -> Either.right(Option.none());
        return this;
    }

    public List<HandlePaymentRequestUpdateCommand> commands() {
        return List.copyOf(commands);
    }
}
