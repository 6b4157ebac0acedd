package dev.interop.benchmarks.baseline;

import dev.interop.benchmarks.load.HttpDriver;
import dev.interop.benchmarks.load.Scenario;
import dev.interop.benchmarks.load.Scenarios;
import dev.interop.bootstrap.InteropServer;
import dev.interop.bootstrap.SettingsReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleListener;
import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Counts, step by step, the SQL statements and the database handles (one per transaction or short auto-commit call)
 * the real server executes for one journey: the server runs in this JVM on an in-memory H2 database, a Jdbi
 * {@link SqlLogger} and {@link HandleListener} record what each request causes, and the journey is driven over HTTP
 * once to warm up and once to count. The plain JDBC baseline is written to execute the same statements.
 */
public final class StatementCensus {

    /** What one step executed: its statements (SQL verb and table) and how many handles it opened. */
    public record Step(String name, List<String> statements, int handles) {
    }

    /** The steps of one journey and the average size in characters of what it stored, by table and column. */
    public record Census(String scenario, List<Step> steps, Map<String, Integer> storedSizes) {

        public int statements() {
            return steps.stream().mapToInt(step -> step.statements().size()).sum();
        }

        public int handles() {
            return steps.stream().mapToInt(Step::handles).sum();
        }
    }

    private static final List<String> SIZED = List.of("klarna_customer_sessions.document", "klarna_payment_requests.document",
            "ap_checkout_sessions.document", "ap_payments.document", "ap_events.payload", "ap_idempotency_keys.response_body");

    private StatementCensus() {
    }

    public static void main(String[] args) {
        String scenario = args.length > 0 ? args[0] : "kec-multi";
        Census census = count(scenario);
        System.out.printf(Locale.ROOT, "%s: %d statements, %d handles; stored sizes %s%n", census.scenario(),
                census.statements(), census.handles(), census.storedSizes());
        for (Step step : census.steps()) {
            System.out.printf(Locale.ROOT, "%-40s %2d statements, %d handles%n", step.name(), step.statements().size(),
                    step.handles());
            step.statements().forEach(statement -> System.out.println("    " + statement));
        }
    }

    /** The steps of one run of the scenario, in order, and the sizes of what the runs stored. */
    public static Census count(String scenarioName) {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("interop-census-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String adminKey = "iop_admin_census_" + Long.toHexString(System.nanoTime());
        Map<String, String> env = Map.of("PORT", "0", "INTEROP_HOST", "127.0.0.1",
                "INTEROP_DATA_DIR", dataDir.toString(), "INTEROP_ADMIN_KEY", adminKey,
                "INTEROP_KLARNA_API_KEY", "iop_klarna_census",
                "DATABASE_URL", "jdbc:h2:mem:census_" + Long.toHexString(System.nanoTime())
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        try (InteropServer server = InteropServer.start(SettingsReader.read(env), quiet)) {
            Recorder recorder = new Recorder();
            server.database().jdbi().setSqlLogger(recorder);
            server.database().jdbi().getConfig(Handles.class).addListener(recorder);
            URI target = URI.create("http://127.0.0.1:" + server.port());
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            Scenario scenario = Scenarios.named(scenarioName, adminKey);
            scenario.prepare(HttpDriver.unrecorded(client, target));
            scenario.run(HttpDriver.unrecorded(client, target), 0, 0);
            recorder.reset();
            scenario.run(HttpDriver.observed(client, target, recorder::step), 0, 1);
            List<Step> steps = recorder.steps();
            server.database().jdbi().setSqlLogger(SqlLogger.NOP_SQL_LOGGER);
            Map<String, Integer> sizes = new LinkedHashMap<>();
            for (String column : SIZED) {
                String[] parts = column.split("\\.");
                sizes.put(column, server.database().jdbi().withHandle(handle -> handle.createQuery(
                                "SELECT COALESCE(AVG(LENGTH(" + parts[1] + ")), 0) FROM " + parts[0])
                        .mapTo(Double.class).one()).intValue());
            }
            return new Census(scenarioName, steps, sizes);
        }
    }

    /** Collects statements and handles under the step announced last (one request in flight at a time). */
    private static final class Recorder implements SqlLogger, HandleListener {

        private final Map<String, List<String>> statements = new LinkedHashMap<>();
        private final Map<String, Integer> handles = new LinkedHashMap<>();
        private String current = "(before)";

        synchronized void step(String name) {
            current = name;
            statements.putIfAbsent(name, new ArrayList<>());
            handles.putIfAbsent(name, 0);
        }

        synchronized void reset() {
            statements.clear();
            handles.clear();
        }

        synchronized List<Step> steps() {
            List<Step> steps = new ArrayList<>();
            statements.forEach((name, list) -> steps.add(new Step(name, List.copyOf(list), handles.get(name))));
            return steps;
        }

        @Override
        public synchronized void logAfterExecution(StatementContext context) {
            statements.computeIfAbsent(current, name -> new ArrayList<>()).add(shape(context.getRenderedSql()));
        }

        @Override
        public synchronized void handleCreated(Handle handle) {
            handles.merge(current, 1, Integer::sum);
        }

        /** The verb and the table, e.g. {@code SELECT partners} or {@code UPDATE idempotency_keys}. */
        static String shape(String sql) {
            String flat = sql.replaceAll("\\s+", " ").trim();
            String upper = flat.toUpperCase(Locale.ROOT);
            String verb = upper.split(" ", 2)[0];
            String table = switch (verb) {
                case "INSERT" -> after(upper, flat, " INTO ");
                case "UPDATE" -> after(upper, flat, "UPDATE ");
                case "DELETE" -> after(upper, flat, " FROM ");
                default -> after(upper, flat, " FROM ");
            };
            String suffix = upper.contains(" JOIN ") ? " (join)" : upper.contains("MAX(") ? " (max)" : "";
            return verb + " " + table + suffix;
        }

        private static String after(String upper, String flat, String keyword) {
            int at = upper.indexOf(keyword);
            if (at < 0) {
                return flat;
            }
            String rest = flat.substring(at + keyword.length()).trim();
            return rest.split("[ (]", 2)[0];
        }
    }
}
