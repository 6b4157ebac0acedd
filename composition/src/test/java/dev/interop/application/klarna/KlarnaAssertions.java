package dev.interop.application.klarna;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.shared.application.port.StoredEvent;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.shared.domain.RejectionCode;
import dev.interop.shared.domain.Versioned;
import io.vavr.collection.List;

/** Assertions the Klarna-side tests share. */
final class KlarnaAssertions {

    private KlarnaAssertions() {
    }

    /** A {@code Rejected} with {@code code}, naming {@code field} when it is not null. */
    static void assertRejected(UseCaseError error, RejectionCode code, String field) {
        assertThat(error).isInstanceOfSatisfying(UseCaseError.Rejected.class, rejected -> {
            assertThat(rejected.rejection().code()).isEqualTo(code);
            if (field != null) {
                assertThat(rejected.rejection().field()).contains(field);
            }
        });
    }

    /** R15: the aggregate's timeline numbers its events 1..n without gap or duplicate, n being its event count. */
    static void assertCompleteTimeline(List<StoredEvent> timeline, Versioned aggregate) {
        assertThat(timeline.map(StoredEvent::sequence))
                .containsExactlyElementsOf(List.rangeClosed(1L, aggregate.eventCount()));
    }
}
