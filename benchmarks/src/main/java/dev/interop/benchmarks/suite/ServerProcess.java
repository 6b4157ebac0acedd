package dev.interop.benchmarks.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JVM the suite starts (the server jar, or the bare Javalin baseline) on a free loopback port, with its output in a
 * log file. It knows how long it took from spawn to its first {@code 200} on the readiness path, and while
 * {@link #sampleMemory sampling} it polls the process's resident set ({@code VmRSS}, {@code VmHWM} from
 * {@code /proc/<pid>/status}) and, for the server, the heap in use from its {@code /metrics}
 * ({@code jvm_memory_used_bytes{area="heap"}} summed over the pools) every 250 ms. {@link #close()} sends SIGTERM
 * and waits up to 20 s before killing it.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Pattern HEAP_USED = Pattern.compile(
            "^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*\\}\\s+(\\S+)$", Pattern.MULTILINE);
    private static final Pattern HEAP_COMMITTED = Pattern.compile(
            "^jvm_memory_committed_bytes\\{[^}]*area=\"heap\"[^}]*\\}\\s+(\\S+)$", Pattern.MULTILINE);

    private final Process process;
    private final int port;
    private final Path log;
    private final Duration readyAfter;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private volatile Thread sampler;
    private volatile long peakHeapUsed;
    private volatile long peakHeapCommitted;
    private volatile long peakRss;

    private final long spawnedAtNanos;

    private ServerProcess(Process process, int port, Path log, Duration readyAfter, long spawnedAtNanos) {
        this.spawnedAtNanos = spawnedAtNanos;
        this.process = process;
        this.port = port;
        this.log = log;
        this.readyAfter = readyAfter;
    }

    /**
     * Starts {@code java jvmArgs... mainArgs...} with {@code env} added (and {@code PORT} set to a free port), then
     * waits up to {@code timeout} for {@code GET readyPath} to answer 200.
     */
    public static ServerProcess start(List<String> jvmArgs, List<String> mainArgs, Map<String, String> env,
            String readyPath, Path log, Duration timeout) {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.addAll(mainArgs.stream().map(arg -> arg.replace("{port}", Integer.toString(port))).toList());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        builder.environment().put("PORT", Integer.toString(port));
        long spawned = System.nanoTime();
        Process process;
        try {
            Files.createDirectories(log.getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command, e);
        }
        ServerProcess server = new ServerProcess(process, port, log,
                awaitReady(process, port, readyPath, spawned, timeout, log), spawned);
        return server;
    }

    private static Duration awaitReady(Process process, int port, String path, long spawned, Duration timeout,
            Path log) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofMillis(500)).build();
        URI uri = URI.create("http://127.0.0.1:" + port + path);
        long deadline = spawned + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the process ended with " + process.exitValue() + " before it was"
                        + " ready; see " + log);
            }
            try {
                HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(1))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - spawned);
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            sleep(10);
        }
        process.destroyForcibly();
        throw new IllegalStateException("not ready within " + timeout + "; see " + log);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    /** {@link System#nanoTime()} when the process was spawned. */
    public long spawnedAtNanos() {
        return spawnedAtNanos;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public Path log() {
        return log;
    }

    /** From spawning the JVM to the first 200 on the readiness path. */
    public Duration readyAfter() {
        return readyAfter;
    }

    /** The {@code startup_ms=} the server logged about itself, if it did. */
    public OptionalLong loggedStartupMillis() {
        try {
            Matcher matcher = Pattern.compile("startup_ms=(\\d+)").matcher(Files.readString(log));
            OptionalLong last = OptionalLong.empty();
            while (matcher.find()) {
                last = OptionalLong.of(Long.parseLong(matcher.group(1)));
            }
            return last;
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    /** Starts polling memory every 250 ms; {@code withHeap} also scrapes {@code /metrics}. */
    public void sampleMemory(boolean withHeap) {
        Thread thread = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted() && process.isAlive()) {
                long rss = procStatus("VmRSS");
                peakRss = Math.max(peakRss, Math.max(rss, procStatus("VmHWM")));
                if (withHeap) {
                    scrapeHeap();
                }
                if (!sleep(250)) {
                    return;
                }
            }
        }, "memory-sampler-" + process.pid());
        thread.setDaemon(true);
        thread.start();
        sampler = thread;
    }

    /** The heap in use now, from {@code /metrics}; 0 when it cannot be read. */
    public long currentHeapUsedBytes() {
        try {
            String metrics = client.send(HttpRequest.newBuilder(uri().resolve("/metrics"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
            return sum(HEAP_USED, metrics);
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private void scrapeHeap() {
        try {
            String metrics = client.send(HttpRequest.newBuilder(uri().resolve("/metrics"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString()).body();
            peakHeapUsed = Math.max(peakHeapUsed, sum(HEAP_USED, metrics));
            peakHeapCommitted = Math.max(peakHeapCommitted, sum(HEAP_COMMITTED, metrics));
        } catch (IOException missed) {
            // a sample lost under load; the next one counts
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static long sum(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        double total = 0;
        while (matcher.find()) {
            total += Double.parseDouble(matcher.group(1));
        }
        return (long) total;
    }

    /** A {@code kB} line of {@code /proc/<pid>/status} in bytes, or 0. */
    long procStatus(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").trim()) * 1024;
                }
            }
        } catch (IOException | NumberFormatException gone) {
            return 0;
        }
        return 0;
    }

    /** The largest resident set seen ({@code VmHWM} is the kernel's own high-water mark). */
    public long peakRssBytes() {
        return Math.max(peakRss, procStatus("VmHWM"));
    }

    public long peakHeapUsedBytes() {
        return peakHeapUsed;
    }

    public long peakHeapCommittedBytes() {
        return peakHeapCommitted;
    }

    /** Runs {@code jcmd <pid> args...} and answers its output. */
    public String jcmd(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        command.add(Long.toString(process.pid()));
        command.addAll(List.of(args));
        try {
            Process jcmd = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(jcmd.getInputStream().readAllBytes());
            jcmd.waitFor(30, TimeUnit.SECONDS);
            return output;
        } catch (IOException e) {
            return "jcmd failed: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    @Override
    public void close() {
        Thread thread = sampler;
        if (thread != null) {
            thread.interrupt();
        }
        peakRss = peakRssBytes();
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
