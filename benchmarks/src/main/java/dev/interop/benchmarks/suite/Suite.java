package dev.interop.benchmarks.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.interop.adapters.jdbc.H2Urls;
import dev.interop.benchmarks.baseline.PlainJdbcJourney;
import dev.interop.benchmarks.baseline.StatementCensus;
import dev.interop.benchmarks.load.LoadGenerator;
import dev.interop.benchmarks.load.LoadGeneratorMain;
import dev.interop.benchmarks.load.LoadReport;
import dev.interop.benchmarks.load.LoadSettings;
import dev.interop.benchmarks.load.Scenario;
import dev.interop.benchmarks.load.Scenarios;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole benchmark run, in this order: the machine; the statement census of the journey; the HTTP ceiling (bare
 * Javalin); then for each database (H2 file, embedded PostgreSQL): the server's start-up on an empty database and
 * again on the same one, an unrecorded warm-up of the journey (the JIT compilers need it), {@code GET /health/live} through the whole HTTP stack (first database only), the journey
 * closed-loop at peak with a JFR recording of the measured window, the heap after a full GC, the journey paced at
 * half the peak, and the plain JDBC storage baseline on the same database once the server stopped. Each server runs
 * in its own JVM ({@link ServerProcess}); the load generator and the baselines run in this one. Writes
 * {@code results.json} and the generated section of {@code BENCHMARKS.md}.
 *
 * <pre>
 * Suite --jar bootstrap/target/interop-server.jar --out benchmarks/target/bench [--pom pom.xml]
 *       [--markdown BENCHMARKS.md] [--jmh jmh.json] [--databases h2,postgres] [--scenario kec-multi]
 *       [--concurrency 8] [--warmup 5s] [--duration 30s] [--half-duration 15s] [--baseline-duration 15s]
 *       [--live-duration 10s] [--server-warmup 90s] [--warmup-slice 15s] [--profile true] [--profile-duration 20s]
 *       [--server-jvm "-Xmx256m ..."]
 * </pre>
 */
public final class Suite {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    /**
     * The server's JVM options: the defaults, except that JFR keeps deeper stacks (Jetty, Javalin and vavr make deep
     * ones; the default 64 frames cut the request handlers off). Nothing is recorded until the peak window.
     */
    private static final List<String> DEFAULT_SERVER_JVM = List.of("-XX:FlightRecorderOptions:stackdepth=256");

    /** {@link #DEFAULT_SERVER_JVM} plus {@code --server-jvm} (e.g. {@code -Xmx256m}). */
    private final List<String> serverJvm;

    private final Map<String, String> options;
    private final Path out;
    private final Path jar;
    private final String scenarioName;
    private final int concurrency;
    private final Duration warmup;
    private final Duration duration;
    private final Duration halfDuration;
    private final Duration baselineDuration;
    private final Duration liveDuration;
    private final Duration serverWarmup;
    private final Duration warmupSlice;
    private final boolean profile;
    private final Duration profileDuration;
    private final String adminKey = "iop_admin_bench_" + random();
    private final String klarnaKey = "iop_klarna_bench_" + random();
    private final LoadGenerator load = new LoadGenerator();

    Suite(Map<String, String> options) {
        this.options = options;
        this.out = Path.of(options.getOrDefault("out", "benchmarks/target/bench")).toAbsolutePath();
        this.jar = Path.of(options.getOrDefault("jar", "bootstrap/target/interop-server.jar")).toAbsolutePath();
        this.scenarioName = options.getOrDefault("scenario", "kec-multi");
        this.concurrency = Integer.parseInt(options.getOrDefault("concurrency", "8"));
        this.warmup = LoadGeneratorMain.duration(options.getOrDefault("warmup", "5s"));
        this.duration = LoadGeneratorMain.duration(options.getOrDefault("duration", "30s"));
        this.halfDuration = LoadGeneratorMain.duration(options.getOrDefault("half-duration", "15s"));
        this.baselineDuration = LoadGeneratorMain.duration(options.getOrDefault("baseline-duration", "15s"));
        this.liveDuration = LoadGeneratorMain.duration(options.getOrDefault("live-duration", "10s"));
        this.serverWarmup = LoadGeneratorMain.duration(options.getOrDefault("server-warmup", "90s"));
        this.warmupSlice = LoadGeneratorMain.duration(options.getOrDefault("warmup-slice", "15s"));
        this.profile = Boolean.parseBoolean(options.getOrDefault("profile", "true"));
        this.profileDuration = LoadGeneratorMain.duration(options.getOrDefault("profile-duration", "20s"));
        List<String> jvm = new ArrayList<>(DEFAULT_SERVER_JVM);
        String extra = options.getOrDefault("server-jvm", "").trim();
        if (!extra.isEmpty()) {
            jvm.addAll(List.of(extra.split("\\s+")));
        }
        this.serverJvm = List.copyOf(jvm);
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        Suite suite = new Suite(options);
        Results results = suite.run();
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Path resultsFile = suite.out.resolve("results.json");
        json.writeValue(resultsFile.toFile(), results);
        String section = Report.render(results);
        Files.writeString(suite.out.resolve("results.md"), section);
        System.out.println("results: " + resultsFile);
        String markdown = options.get("markdown");
        if (markdown != null) {
            Report.splice(Path.of(markdown), section);
            System.out.println("updated " + markdown);
        }
    }

    Results run() throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no server jar at " + jar + "; run mvn -B -ntp package -DskipTests");
        }
        Files.createDirectories(out);
        Instant startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long started = System.nanoTime();
        Results.Machine machine = Machine.describe();
        log("machine: %d cpus, load %s", machine.cpus(), machine.loadAverage());

        log("statement census of %s", scenarioName);
        StatementCensus.Census census = StatementCensus.count(scenarioName);
        log("  %d statements, %d handles per journey", census.statements(), census.handles());

        Results.Phase<LoadReport> bare = phase(this::bareJavalin);
        log("  bare Javalin: %.0f requests/s, p50 %.2f ms", bare.result().requestsPerSecond(),
                bare.result().requests().p50Millis());

        List<Results.DatabaseRun> runs = new ArrayList<>();
        boolean first = true;
        for (String database : options.getOrDefault("databases", "h2,postgres").split(",")) {
            runs.add(switch (database.trim().toLowerCase(Locale.ROOT)) {
                case "h2" -> h2(census, first);
                case "postgres", "postgresql" -> postgres(census, first);
                default -> throw new IllegalArgumentException("unknown database " + database);
            });
            first = false;
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("scenario", scenarioName);
        settings.put("concurrency", Integer.toString(concurrency));
        settings.put("warmup", warmup.toString());
        settings.put("duration", duration.toString());
        settings.put("halfDuration", halfDuration.toString());
        settings.put("baselineDuration", baselineDuration.toString());
        settings.put("liveDuration", liveDuration.toString());
        settings.put("serverWarmup", serverWarmup.toString());
        settings.put("warmupSlice", warmupSlice.toString());
        settings.put("profileDuration", profileDuration.toString());
        settings.put("serverJvm", "java " + String.join(" ", serverJvm) + " -jar interop-server.jar");
        return new Results(startedAt.toString(), (System.nanoTime() - started) / 1e9, Machine.commit(),
                machine, versions(Path.of(options.getOrDefault("pom", "pom.xml"))), settings, census, bare, runs,
                jmh(options.get("jmh")));
    }

    // ---- the HTTP ceiling

    private LoadReport bareJavalin() {
        log("bare Javalin GET /ping");
        Path log = out.resolve("bare-javalin.log");
        try (ServerProcess bare = ServerProcess.start(List.of("-cp", System.getProperty("java.class.path")),
                List.of("dev.interop.benchmarks.baseline.BareJavalin", "{port}"), Map.of(), "/ping", log,
                READY_TIMEOUT)) {
            return load.run(Scenarios.get("/ping"), LoadSettings.closedLoop(bare.uri(), concurrency, warmup,
                    baselineDuration));
        }
    }

    // ---- the databases

    private Results.DatabaseRun h2(StatementCensus.Census census, boolean withLive) throws IOException {
        Path dir = fresh(out.resolve("h2"));
        Path data = dir.resolve("data");
        Map<String, String> env = serverEnv(data);
        String url = H2Urls.file(data.toAbsolutePath().resolve("interop"));
        return database("H2", "H2 file database under the data directory (" + H2Urls.FLAGS + ")", dir, env, url,
                "sa", "", null, Map::of, census, withLive);
    }

    private Results.DatabaseRun postgres(StatementCensus.Census census, boolean withLive) throws IOException {
        Path dir = fresh(out.resolve("postgres"));
        log("embedded PostgreSQL");
        try (EmbeddedPostgresLauncher postgres = EmbeddedPostgresLauncher.start(dir.resolve("pg"))) {
            String detail = String.format(Locale.ROOT, "embedded PostgreSQL %s (io.zonky.test), started in %d ms;"
                            + " fsync=%s, synchronous_commit=%s, shared_buffers=%s, max_connections=%s",
                    postgres.setting("server_version"), postgres.startedIn().toMillis(), postgres.setting("fsync"),
                    postgres.setting("synchronous_commit"), postgres.setting("shared_buffers"),
                    postgres.setting("max_connections"));
            log("  %s", detail);
            Map<String, String> env = new LinkedHashMap<>(serverEnv(dir.resolve("data")));
            env.put("DATABASE_URL", postgres.jdbcUrl());
            env.put("DATABASE_USER", EmbeddedPostgresLauncher.USER);
            env.put("DATABASE_PASSWORD", "");
            return database("PostgreSQL", detail, dir, env, postgres.jdbcUrl(), EmbeddedPostgresLauncher.USER, "",
                    postgres.dataDirectory().toString(), postgres::activity, census, withLive);
        }
    }

    private Results.DatabaseRun database(String name, String detail, Path dir, Map<String, String> env, String url,
            String user, String password, String postgresDataDir, Supplier<Map<String, Long>> activity,
            StatementCensus.Census census, boolean withLive) {
        log("%s: start-up on an empty database", name);
        long fresh;
        try (ServerProcess server = ServerProcess.start(serverJvm, List.of("-jar", jar.toString()), env,
                "/health/ready", dir.resolve("server-fresh.log"), READY_TIMEOUT)) {
            fresh = server.readyAfter().toMillis();
        }
        log("  ready after %d ms; again on the same database", fresh);
        Results.Phase<LoadReport> live = null;
        List<Results.WarmupSlice> warm;
        Results.Phase<LoadReport> peak;
        Results.Phase<LoadReport> half;
        long restart;
        Long logged;
        long rss;
        long heapUsed;
        long heapCommitted;
        long heapAfterGc;
        JfrSummary.Summary summary = null;
        LoadReport profiled = null;
        Results.Cpu peakCpu;
        Map<String, Double> peakWork;
        try (ServerProcess server = ServerProcess.start(serverJvm, List.of("-jar", jar.toString()), env,
                "/health/ready", dir.resolve("server-restart.log"), READY_TIMEOUT)) {
            restart = server.readyAfter().toMillis();
            logged = server.loggedStartupMillis().isPresent() ? server.loggedStartupMillis().getAsLong() : null;
        }
        log("  ready after %d ms (server's own startup_ms=%s); once more for the load", restart, logged);
        Path recording = dir.resolve("peak.jfr");
        long windowAfter = restart / 1000 + 1 + (long) (serverWarmup.toSeconds() * 1.05)
                + (withLive ? warmup.toSeconds() + liveDuration.toSeconds() + 1 : 0) + warmup.toSeconds()
                + duration.toSeconds() + 1 + warmup.toSeconds() + 3;
        List<String> jvm = new ArrayList<>(serverJvm);
        if (profile) {
            jvm.add("-XX:StartFlightRecording:name=peak,delay=" + windowAfter + "s,duration="
                    + profileDuration.toSeconds() + "s,filename=" + recording + ",settings=" + jfrSettings());
        }
        try (ServerProcess server = ServerProcess.start(jvm, List.of("-jar", jar.toString()), env, "/health/ready",
                dir.resolve("server.log"), READY_TIMEOUT)) {
            server.sampleMemory(true);
            warm = warmUp(server, postgresDataDir);
            if (withLive) {
                live = phase(() -> load.run(Scenarios.get("/health/live"), LoadSettings.closedLoop(server.uri(),
                        concurrency, warmup, liveDuration)));
                log("  GET /health/live: %.0f requests/s, p50 %.2f ms", live.result().requestsPerSecond(),
                        live.result().requests().p50Millis());
            }
            Scenario scenario = Scenarios.named(scenarioName, adminKey);
            CpuMeter peakMeter = new CpuMeter(server.pid(), postgresDataDir);
            AtomicReference<Map<String, Long>> peakActivity = new AtomicReference<>(Map.of());
            peak = phase(() -> {
                Thread window = afterWarmup(() -> {
                    peakMeter.start();
                    peakActivity.set(activity.get());
                });
                LoadReport report = load.run(scenario, LoadSettings.closedLoop(server.uri(), concurrency, warmup,
                        duration));
                join(window);
                return report;
            });
            peakCpu = peakMeter.stop();
            peakWork = perJourney(peakActivity.get(), activity.get(), peak.result().journeys());
            log("  cores during the peak: server %.2f, load generator %.2f, PostgreSQL %.2f, others %.2f, idle %.2f",
                    peakCpu.server(), peakCpu.generator(), peakCpu.postgres(), peakCpu.others(), peakCpu.idle());
            log("  peak: %.1f journeys/s (median %.1f), %.0f requests/s, p99 %.2f ms, %d errors",
                    peak.result().journeysPerSecond(), peak.result().medianJourneysPerSecond(),
                    peak.result().requestsPerSecond(), peak.result().requests().p99Millis(),
                    peak.result().errorCount());
            if (profile) {
                long wait = server.spawnedAtNanos() + TimeUnit.SECONDS.toNanos(windowAfter) - warmup.toNanos()
                        - System.nanoTime();
                if (wait > 0) {
                    ServerProcess.sleep(TimeUnit.NANOSECONDS.toMillis(wait));
                } else {
                    log("  the JFR recording started %d ms before its window", TimeUnit.NANOSECONDS.toMillis(-wait));
                }
                profiled = load.run(Scenarios.named(scenarioName, adminKey), LoadSettings.closedLoop(server.uri(),
                        concurrency, warmup, profileDuration));
                summary = awaitRecording(server, recording);
                log("  profiled window: %.1f journeys/s with JFR recording", profiled.journeysPerSecond());
            }
            server.jcmd("GC.run");
            heapAfterGc = server.currentHeapUsedBytes();
            log("  heap in use after a full GC: %d MiB", heapAfterGc >> 20);
            double rate = Math.max(1, peak.result().journeysPerSecond() / 2);
            half = phase(() -> load.run(Scenarios.named(scenarioName, adminKey),
                    LoadSettings.closedLoop(server.uri(), concurrency, warmup, halfDuration).paced(rate)));
            log("  half (%.1f journeys/s): p50 %.2f ms, p99 %.2f ms", rate, half.result().requests().p50Millis(),
                    half.result().requests().p99Millis());
            heapUsed = server.peakHeapUsedBytes();
            heapCommitted = server.peakHeapCommittedBytes();
            rss = server.peakRssBytes();
        }
        log("  plain JDBC baseline on the same database");
        PlainJdbcJourney baseline = new PlainJdbcJourney(url, user, password,
                PlainJdbcJourney.Sizes.of(census.storedSizes()));
        CpuMeter storageMeter = new CpuMeter(0, postgresDataDir);
        AtomicReference<Map<String, Long>> storageActivity = new AtomicReference<>(Map.of());
        Results.Phase<PlainJdbcJourney.Result> storage = phase(() -> {
            Thread window = afterWarmup(() -> {
                storageMeter.start();
                storageActivity.set(activity.get());
            });
            PlainJdbcJourney.Result result = baseline.run(concurrency, warmup, baselineDuration);
            join(window);
            return result;
        });
        Results.Cpu storageCpu = storageMeter.stop();
        Map<String, Double> storageWork = perJourney(storageActivity.get(), activity.get(),
                storage.result().journeys());
        log("  storage baseline: %.1f journeys/s (%d statements, %d units each), %d errors",
                storage.result().journeysPerSecond(), storage.result().statementsPerJourney(),
                storage.result().unitsPerJourney(), storage.result().errors());
        return new Results.DatabaseRun(name, detail, fresh, restart, logged, warm, live, peak, half, storage, rss,
                heapUsed, heapCommitted, heapAfterGc, summary, profiled == null ? 0 : profiled.journeysPerSecond(),
                peakCpu, storageCpu, peakWork, storageWork);
    }

    private Map<String, String> serverEnv(Path data) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("INTEROP_HOST", "127.0.0.1");
        env.put("INTEROP_DATA_DIR", data.toString());
        env.put("INTEROP_ADMIN_KEY", adminKey);
        env.put("INTEROP_KLARNA_API_KEY", klarnaKey);
        return env;
    }

    /**
     * The journey, closed loop, in consecutive slices until the warm-up time is spent: the JIT compilers need about
     * a minute and a half of this load on two cores before the throughput stops climbing. Each slice's throughput and
     * the cores of the request and compiler threads are kept: the warm-up curve.
     */
    private List<Results.WarmupSlice> warmUp(ServerProcess server, String postgresDataDir) {
        log("  warming the server up: the journey for %d s in slices of %d s", serverWarmup.toSeconds(),
                warmupSlice.toSeconds());
        List<Results.WarmupSlice> curve = new ArrayList<>();
        long slices = Math.max(1, serverWarmup.toMillis() / warmupSlice.toMillis());
        double elapsed = 0;
        for (int i = 0; i < slices; i++) {
            CpuMeter meter = new CpuMeter(server.pid(), postgresDataDir);
            meter.start();
            LoadReport slice = load.run(Scenarios.named(scenarioName, adminKey), LoadSettings.closedLoop(
                    server.uri(), concurrency, Duration.ZERO, warmupSlice));
            Results.Cpu cpu = meter.stop();
            elapsed += cpu.seconds();
            double requests = cpu.serverThreads().entrySet().stream().filter(e -> e.getKey().startsWith("Jetty"))
                    .mapToDouble(Map.Entry::getValue).sum();
            double compiler = cpu.serverThreads().entrySet().stream().filter(e -> e.getKey().contains("Compiler"))
                    .mapToDouble(Map.Entry::getValue).sum();
            curve.add(new Results.WarmupSlice(elapsed, slice.journeysPerSecond(), slice.requests().p50Millis(),
                    requests, compiler));
            log("    %3.0f s: %.1f journeys/s, p50 %.1f ms; cores: requests %.2f, JIT compilers %.2f", elapsed,
                    slice.journeysPerSecond(), slice.requests().p50Millis(), requests, compiler);
        }
        return curve;
    }

    /** Runs {@code action} when the warm-up ends, on a thread of its own. */
    private Thread afterWarmup(Runnable action) {
        Thread thread = new Thread(() -> {
            if (ServerProcess.sleep(warmup.toMillis())) {
                action.run();
            }
        }, "window-start");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /**
     * The JFR settings of the peak window's recording: the JDK's {@code profile} settings without Jdbi's own
     * {@code jdbi.statement} event (one per SQL statement, it would weigh on what is measured). The recording is
     * started with the server ({@code -XX:StartFlightRecording} with a delay that lands on the peak window): started
     * later through {@code jcmd}, JFR retransforms JDK classes, which throws away compiled code and sends the JIT
     * compilers back to work in the middle of the window.
     */
    private Path jfrSettings() {
        Path settings = out.resolve("profile-without-jdbi-events.jfc");
        try {
            String profile = Files.readString(Path.of(System.getProperty("java.home"), "lib", "jfr", "profile.jfc"));
            Files.writeString(settings, profile.replace("</configuration>", "  <event name=\"jdbi.statement\">"
                    + "<setting name=\"enabled\">false</setting></event>\n</configuration>"));
            return settings;
        } catch (IOException e) {
            return Path.of("profile");
        }
    }

    /** Waits for the recording to be written (it ends with the window), then summarizes it. */
    private JfrSummary.Summary awaitRecording(ServerProcess server, Path recording) {
        long size = -1;
        for (int i = 0; i < 150; i++) {
            long now = sizeOf(recording);
            if (now > 0 && now == size) {
                break;
            }
            size = now;
            ServerProcess.sleep(200);
        }
        if (sizeOf(recording) <= 0) {
            server.jcmd("JFR.dump", "name=peak", "filename=" + recording);
        }
        try {
            JfrSummary.Summary summary = JfrSummary.read(recording, 15);
            log("  profile: %d samples", summary.samples());
            return summary;
        } catch (RuntimeException unreadable) {
            log("  profile unreadable: %s", unreadable);
            return null;
        }
    }

    /** The counters' growth over a window, per journey finished in it. */
    static Map<String, Double> perJourney(Map<String, Long> before, Map<String, Long> after, long journeys) {
        Map<String, Double> work = new LinkedHashMap<>();
        if (journeys > 0) {
            after.forEach((name, value) -> {
                if (before.containsKey(name)) {
                    work.put(name, (value - before.get(name)) / (double) journeys);
                }
            });
        }
        return work;
    }

    private static long sizeOf(Path recording) {
        try {
            return Files.isRegularFile(recording) ? Files.size(recording) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    // ---- helpers

    private static <T> Results.Phase<T> phase(Supplier<T> measurement) {
        String load = Machine.loadAverage();
        return new Results.Phase<>(load, measurement.get());
    }

    private static void join(Thread thread) {
        try {
            thread.join(TimeUnit.MINUTES.toMillis(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path fresh(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        return Files.createDirectories(dir);
    }

    static Map<String, String> versions(Path pom) {
        Map<String, String> versions = new LinkedHashMap<>();
        try {
            Matcher matcher = Pattern.compile("<([A-Za-z0-9.-]+)\\.version>([^<]+)</").matcher(Files.readString(pom));
            while (matcher.find()) {
                versions.put(matcher.group(1), matcher.group(2).trim());
            }
        } catch (IOException e) {
            versions.put("pom", "unreadable: " + e.getMessage());
        }
        return versions;
    }

    static List<Results.JmhResult> jmh(String file) {
        if (file == null || !Files.isRegularFile(Path.of(file))) {
            return List.of();
        }
        try {
            List<Results.JmhResult> results = new ArrayList<>();
            for (JsonNode run : new ObjectMapper().readTree(Path.of(file).toFile())) {
                Map<String, String> params = new LinkedHashMap<>();
                run.path("params").properties().forEach(field -> params.put(field.getKey(),
                        field.getValue().asText()));
                JsonNode metric = run.path("primaryMetric");
                results.add(new Results.JmhResult(run.path("benchmark").asText()
                        .replace("dev.interop.benchmarks.domain.", ""), params, metric.path("score").asDouble(),
                        metric.path("scoreError").asDouble(), metric.path("scoreUnit").asText()));
            }
            return results;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[bench %s] " + format + "%n",
                prepend(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString().substring(11, 19), args));
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
