package dev.interop.adapters.http.klarna;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;

/** A {@link KlarnaHttpClient.Sleeper} that does not sleep: it records each pause and runs a step (1-based) on it. */
final class RecordingSleeper implements KlarnaHttpClient.Sleeper {

    private final List<Duration> pauses = new CopyOnWriteArrayList<>();
    private volatile IntConsumer onPause = pause -> {
    };

    /** Runs {@code step} with the pause's number (1 for the first) while the client waits to retry. */
    RecordingSleeper onPause(IntConsumer step) {
        this.onPause = step;
        return this;
    }

    @Override
    public void sleep(Duration pause) {
        pauses.add(pause);
        onPause.accept(pauses.size());
    }

    List<Duration> pauses() {
        return List.copyOf(pauses);
    }
}
