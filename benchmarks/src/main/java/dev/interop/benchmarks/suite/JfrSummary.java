package dev.interop.benchmarks.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * The hottest paths of a JFR recording, from its {@code jdk.ExecutionSample} events (what {@code jfr print --events
 * jdk.ExecutionSample} lists; JFR samples threads running Java code, not threads waiting on a socket or a lock):
 * the top frames by self samples, the first {@code dev.interop} frame of each sample, and the share of samples whose
 * stack passes through each layer (a sample can count for several layers). {@code JfrSummary FILE.jfr} prints it.
 */
public final class JfrSummary {

    /** A layer and the package prefixes whose frames belong to it, in the order they are reported. */
    static final Map<String, List<String>> LAYERS = layers();

    /**
     * The summary.
     *
     * @param samples      execution samples in the recording
     * @param topFrames    method → self samples, the most first
     * @param topInterop   first {@code dev.interop} method on the stack → samples, the most first
     * @param layers       layer → samples whose stack contains a frame of it (inclusive)
     * @param attributed   layer → samples charged to it: the top frame's layer, where JDK frames (other than
     *                     crypto and regular expressions) are charged to the first caller outside the JDK
     */
    public record Summary(long samples, Map<String, Long> topFrames, Map<String, Long> topInterop,
            Map<String, Long> layers, Map<String, Long> attributed) {
    }

    /** The layer a frame's type belongs to, most specific first; {@code null} for other JDK frames. */
    static String layerOf(String type) {
        for (Map.Entry<String, List<String>> layer : ATTRIBUTION.entrySet()) {
            if (layer.getValue().stream().anyMatch(type::startsWith)) {
                return layer.getKey();
            }
        }
        return type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.")
                || type.startsWith("com.sun.") ? null : "other libraries";
    }

    static final Map<String, List<String>> ATTRIBUTION = attribution();

    private JfrSummary() {
    }

    public static void main(String[] args) {
        Summary summary = read(Path.of(args[0]), 20);
        System.out.println(summary.samples() + " execution samples");
        System.out.println("top frames (self):");
        summary.topFrames().forEach((frame, count) -> System.out.printf(Locale.ROOT, "  %5.1f%%  %s%n",
                100.0 * count / summary.samples(), frame));
        System.out.println("first dev.interop frame:");
        summary.topInterop().forEach((frame, count) -> System.out.printf(Locale.ROOT, "  %5.1f%%  %s%n",
                100.0 * count / summary.samples(), frame));
        System.out.println("charged to (self, JDK frames charged to their caller):");
        summary.attributed().forEach((layer, count) -> System.out.printf(Locale.ROOT, "  %5.1f%%  %s%n",
                100.0 * count / summary.samples(), layer));
        System.out.println("layers on the stack (inclusive):");
        summary.layers().forEach((layer, count) -> System.out.printf(Locale.ROOT, "  %5.1f%%  %s%n",
                100.0 * count / summary.samples(), layer));
    }

    public static Summary read(Path recording, int top) {
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> interop = new HashMap<>();
        Map<String, Long> layers = new LinkedHashMap<>();
        LAYERS.keySet().forEach(layer -> layers.put(layer, 0L));
        Map<String, Long> attributed = new HashMap<>();
        long samples = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                    continue;
                }
                RecordedStackTrace stack = event.getStackTrace();
                if (stack == null || stack.getFrames().isEmpty()) {
                    continue;
                }
                samples++;
                List<RecordedFrame> frames = stack.getFrames();
                self.merge(name(frames.get(0)), 1L, Long::sum);
                Set<String> seen = new HashSet<>();
                String firstInterop = null;
                for (RecordedFrame frame : frames) {
                    String type = typeOf(frame);
                    if (firstInterop == null && type.startsWith("dev.interop.")) {
                        firstInterop = name(frame);
                    }
                    for (Map.Entry<String, List<String>> layer : LAYERS.entrySet()) {
                        if (!seen.contains(layer.getKey()) && layer.getValue().stream().anyMatch(type::startsWith)) {
                            seen.add(layer.getKey());
                        }
                    }
                }
                interop.merge(firstInterop == null ? "(no dev.interop frame)" : firstInterop, 1L, Long::sum);
                String charged = null;
                for (RecordedFrame frame : frames) {
                    charged = layerOf(typeOf(frame));
                    if (charged != null) {
                        break;
                    }
                }
                attributed.merge(charged == null ? "JDK only (no caller outside it)" : charged, 1L, Long::sum);
                seen.forEach(layer -> layers.merge(layer, 1L, Long::sum));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + recording, e);
        }
        return new Summary(samples, topOf(self, top), topOf(interop, top), layers, topOf(attributed, 30));
    }

    private static String typeOf(RecordedFrame frame) {
        RecordedMethod method = frame.getMethod();
        return method == null || method.getType() == null ? "" : method.getType().getName();
    }

    private static String name(RecordedFrame frame) {
        RecordedMethod method = frame.getMethod();
        return method == null ? "(unknown)" : typeOf(frame) + "." + method.getName();
    }

    private static Map<String, Long> topOf(Map<String, Long> counts, int top) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> result = new LinkedHashMap<>();
        entries.stream().limit(top).forEach(entry -> result.put(entry.getKey(), entry.getValue()));
        return result;
    }

    private static Map<String, List<String>> attribution() {
        Map<String, List<String>> layers = new LinkedHashMap<>();
        layers.put("H2 engine", List.of("org.h2."));
        layers.put("PostgreSQL driver", List.of("org.postgresql."));
        layers.put("Jdbi and HikariCP", List.of("org.jdbi.", "com.zaxxer.hikari."));
        layers.put("Jackson", List.of("com.fasterxml.jackson."));
        layers.put("logging (SLF4J, Logback)", List.of("ch.qos.logback.", "org.slf4j."));
        layers.put("Micrometer", List.of("io.micrometer."));
        layers.put("Jetty and Javalin", List.of("org.eclipse.jetty.", "io.javalin."));
        layers.put("crypto and hashing (JCA)", List.of("javax.crypto.", "sun.security.", "com.sun.crypto.",
                "java.security."));
        layers.put("regular expressions", List.of("java.util.regex."));
        layers.put("JFR itself", List.of("jdk.jfr."));
        layers.put("vavr", List.of("io.vavr."));
        layers.put("domain", List.of("dev.interop.acquirer.domain.", "dev.interop.klarna.domain.", "dev.interop.shared.domain.", "dev.interop.shared.token.", "dev.interop.shared.network."));
        layers.put("application", List.of("dev.interop.acquirer.application.", "dev.interop.klarna.application.", "dev.interop.shared.application.", "dev.interop.composition."));
        layers.put("JDBC adapter", List.of("dev.interop.adapters.jdbc."));
        layers.put("HTTP adapter", List.of("dev.interop.adapters.http."));
        layers.put("bootstrap", List.of("dev.interop.bootstrap."));
        return layers;
    }

    private static Map<String, List<String>> layers() {
        Map<String, List<String>> layers = new LinkedHashMap<>();
        layers.put("HTTP server (Jetty, Javalin)", List.of("org.eclipse.jetty.", "io.javalin."));
        layers.put("logging (SLF4J, Logback)", List.of("ch.qos.logback.", "org.slf4j."));
        layers.put("metrics (Micrometer)", List.of("io.micrometer."));
        layers.put("JSON (Jackson)", List.of("com.fasterxml.jackson."));
        layers.put("storage (Jdbi, HikariCP, JDBC drivers)", List.of("org.jdbi.", "com.zaxxer.hikari.",
                "org.h2.", "org.postgresql."));
        layers.put("H2 engine", List.of("org.h2."));
        layers.put("PostgreSQL driver", List.of("org.postgresql."));
        layers.put("crypto and hashing (JCA)", List.of("javax.crypto.", "sun.security.", "com.sun.crypto.",
                "java.security."));
        layers.put("vavr collections", List.of("io.vavr."));
        layers.put("domain (dev.interop.*.domain)", List.of("dev.interop.acquirer.domain.", "dev.interop.klarna.domain.", "dev.interop.shared.domain.", "dev.interop.shared.token.", "dev.interop.shared.network."));
        layers.put("application (dev.interop.*.application, composition)", List.of("dev.interop.acquirer.application.", "dev.interop.klarna.application.", "dev.interop.shared.application.", "dev.interop.composition."));
        layers.put("adapters (dev.interop.adapters)", List.of("dev.interop.adapters."));
        layers.put("regular expressions", List.of("java.util.regex."));
        return layers;
    }
}
