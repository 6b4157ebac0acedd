package dev.interop.benchmarks.load;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The load generator on its own, against a server already running on this machine:
 *
 * <pre>
 * LoadGeneratorMain --target http://127.0.0.1:8080 --admin-key KEY [--scenario kec-multi|kec-one|siwk|prequal]
 *                   [--get /health/live] [--concurrency 8] [--warmup 5s] [--duration 30s] [--journeys N] [--rate R]
 * </pre>
 *
 * {@code --get PATH} replaces the journey by a single {@code GET}. Durations take {@code ms}, {@code s} or {@code m}.
 */
public final class LoadGeneratorMain {

    private LoadGeneratorMain() {
    }

    public static void main(String[] args) {
        Map<String, String> options = options(args);
        URI target = URI.create(options.getOrDefault("target", "http://127.0.0.1:8080"));
        Scenario scenario = options.containsKey("get") ? Scenarios.get(options.get("get"))
                : Scenarios.named(options.getOrDefault("scenario", "kec-multi"), required(options, "admin-key"));
        LoadSettings settings = new LoadSettings(target, Integer.parseInt(options.getOrDefault("concurrency", "8")),
                duration(options.getOrDefault("warmup", "5s")), duration(options.getOrDefault("duration", "30s")),
                Long.parseLong(options.getOrDefault("journeys", Long.toString(LoadSettings.MAX_JOURNEYS))),
                options.containsKey("rate") ? OptionalDouble.of(Double.parseDouble(options.get("rate")))
                        : OptionalDouble.empty());
        print(new LoadGenerator().run(scenario, settings));
    }

    /** A human-readable summary of a run. */
    public static void print(LoadReport report) {
        System.out.printf(Locale.ROOT, "%s: %d customers%s, %.1f s measured%n", report.scenario(),
                report.concurrency(), report.targetRate() > 0 ? String.format(Locale.ROOT, " paced at %.1f/s",
                        report.targetRate()) : "", report.seconds());
        System.out.printf(Locale.ROOT, "journeys: %d ok, %d failed; %.1f/s (median of seconds %.1f/s); "
                        + "requests %.1f/s%n", report.journeys(), report.failedJourneys(), report.journeysPerSecond(),
                report.medianJourneysPerSecond(), report.requestsPerSecond());
        LatencySummary all = report.requests();
        System.out.printf(Locale.ROOT, "per request: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                all.p50Millis(), all.p95Millis(), all.p99Millis(), all.maxMillis());
        report.steps().forEach((step, summary) -> System.out.printf(Locale.ROOT,
                "  %-40s p50 %7.2f  p95 %7.2f  p99 %7.2f ms%n", step, summary.p50Millis(), summary.p95Millis(),
                summary.p99Millis()));
        if (!report.errors().isEmpty()) {
            System.out.println("errors: " + report.errors());
        }
        if (report.lateStarts() > 0) {
            System.out.println("late starts: " + report.lateStarts());
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    /** {@code 500ms}, {@code 30s}, {@code 2m}, or an ISO-8601 duration. */
    public static Duration duration(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (value.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
        }
        if (value.endsWith("s")) {
            return Duration.ofMillis((long) (Double.parseDouble(value.substring(0, value.length() - 1)) * 1000));
        }
        if (value.endsWith("m") && !value.startsWith("p")) {
            return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)) * 60);
        }
        return Duration.parse(text);
    }
}
