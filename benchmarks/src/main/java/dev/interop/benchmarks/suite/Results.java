package dev.interop.benchmarks.suite;

import dev.interop.benchmarks.baseline.PlainJdbcJourney;
import dev.interop.benchmarks.baseline.StatementCensus;
import dev.interop.benchmarks.load.LoadReport;
import java.util.List;
import java.util.Map;

/**
 * Everything one suite run measured, as written to {@code results.json} and rendered by {@link Report}.
 *
 * @param startedAt     when the run started (UTC, ISO-8601)
 * @param seconds       how long the suite took
 * @param commit        the git commit measured ({@code git describe --always --dirty})
 * @param machine       what ran it
 * @param versions      library versions from the root POM
 * @param settings      the suite's settings (concurrency, durations)
 * @param census        statements per step of the journey
 * @param bareJavalin   the HTTP ceiling: {@code GET /ping} on bare Javalin
 * @param databases     one run per database
 * @param jmh           JMH results, when the domain benchmarks ran first
 */
public record Results(String startedAt, double seconds, String commit, Machine machine, Map<String, String> versions,
        Map<String, String> settings, StatementCensus.Census census, Phase<LoadReport> bareJavalin,
        List<DatabaseRun> databases, List<JmhResult> jmh) {

    /** The machine. {@code loadAverage} is {@code /proc/loadavg} when the suite started. */
    public record Machine(int cpus, String cpuModel, long memoryBytes, String os, String javaVersion,
            String loadAverage) {
    }

    /** A measurement and the load average ({@code /proc/loadavg}) when it started. */
    public record Phase<T>(String loadAverage, T result) {
    }

    /**
     * The server on one database.
     *
     * @param database             {@code H2} or {@code PostgreSQL}
     * @param databaseDetail       URL kind and server settings worth knowing
     * @param readyFreshMillis     spawn to ready on an empty database (migrations included)
     * @param readyRestartMillis   spawn to ready on the same database again
     * @param loggedStartupMillis  the server's own {@code startup_ms} (after the JVM started) on the restart
     * @param warmup               the journey's throughput in consecutive slices of the warm-up, from the first load
     * @param live                 {@code GET /health/live} through the whole HTTP stack (null when not run)
     * @param peak                 the journey, closed loop
     * @param half                 the journey paced at half the peak's journeys per second
     * @param storage              the plain JDBC baseline on the same database
     * @param peakRssBytes         the server's resident set high-water mark ({@code VmHWM})
     * @param peakHeapUsedBytes    the largest sampled heap in use ({@code jvm_memory_used_bytes{area="heap"}})
     * @param peakHeapCommittedBytes the largest sampled heap committed
     * @param heapAfterGcBytes     the heap in use right after a full GC ({@code jcmd GC.run}) following the peak run
     * @param profile              the JFR summary of a window at peak load after the peak run (null when not
     *                             profiled)
     * @param profiledJourneysPerSecond the journeys per second of that window, with JFR recording
     * @param peakCpu              where the CPU went during the peak window
     * @param storageCpu           where the CPU went during the storage baseline's window
     * @param peakDatabaseWork     PostgreSQL's activity counters per journey during the peak window (empty on H2)
     * @param storageDatabaseWork  the same during the storage baseline's window
     */
    public record DatabaseRun(String database, String databaseDetail, long readyFreshMillis, long readyRestartMillis,
            Long loggedStartupMillis, List<WarmupSlice> warmup, Phase<LoadReport> live, Phase<LoadReport> peak, Phase<LoadReport> half,
            Phase<PlainJdbcJourney.Result> storage, long peakRssBytes, long peakHeapUsedBytes,
            long peakHeapCommittedBytes, long heapAfterGcBytes, JfrSummary.Summary profile,
            double profiledJourneysPerSecond, Cpu peakCpu,
            Cpu storageCpu, Map<String, Double> peakDatabaseWork, Map<String, Double> storageDatabaseWork) {
    }

    /**
     * Cores used during a measured window (CPU seconds per second, from {@code /proc}), by whom: the server process,
     * this JVM (load generator or JDBC baseline), the embedded PostgreSQL processes, everything else on the machine
     * (other work, the kernel), and idle; and the server's busiest thread groups (thread names with numbers as
     * {@code N}, e.g. {@code GC Thread#N}, {@code C2 CompilerThre}) in cores.
     */
    public record Cpu(double seconds, double server, double generator, double postgres, double others, double idle,
            Map<String, Double> serverThreads) {

        public static final Cpu NONE = new Cpu(0, 0, 0, 0, 0, 0, Map.of());
    }

    /**
     * One slice of the warm-up: when it ended (seconds of load so far), the journeys per second in it, the median
     * request latency, and the cores the server's request threads and its JIT compiler threads used.
     */
    public record WarmupSlice(double endSecond, double journeysPerSecond, double p50Millis, double requestCores,
            double compilerCores) {
    }

    /** One JMH result: score and error (99.9 %) in its unit. */
    public record JmhResult(String benchmark, Map<String, String> params, double score, double error, String unit) {
    }
}
