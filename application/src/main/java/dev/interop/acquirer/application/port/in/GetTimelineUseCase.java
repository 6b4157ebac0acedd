package dev.interop.acquirer.application.port.in;

import dev.interop.shared.application.port.UseCaseError;

import dev.interop.shared.application.port.StoredEvent;
import io.vavr.collection.List;
import io.vavr.control.Either;

/** AP side: the timeline of a checkout session or payment, in sequence order (R15); another Partner's is NotFound. */
public interface GetTimelineUseCase {

    Either<UseCaseError, List<StoredEvent>> timeline(GetTimelineCommand command);
}
