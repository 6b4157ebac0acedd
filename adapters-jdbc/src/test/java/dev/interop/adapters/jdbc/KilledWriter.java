package dev.interop.adapters.jdbc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link H2CommitWriter} in a child JVM (the current {@code java} and test classpath), kills it with
 * {@link Process#destroyForcibly()} (SIGKILL) after it acknowledged {@code acksBeforeKill} commits, and collects
 * every commit it acknowledged, including those printed between the kill signal and its death.
 */
final class KilledWriter {

    private static final String EOF = "\u0000EOF";

    /** What the child acknowledged, and how it ended. */
    record Outcome(Set<Long> acknowledged, int exitValue) {
    }

    private KilledWriter() {
    }

    static Outcome run(String jdbcUrl, int acksBeforeKill, Path stderrFile) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                H2CommitWriter.class.getName(), jdbcUrl)
                .redirectError(stderrFile.toFile())
                .start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the pipe breaks when the child dies: the lines read so far are all there is
            } finally {
                lines.add(EOF);
            }
        }, "killed-writer-stdout");
        reader.setDaemon(true);
        reader.start();

        Set<Long> acknowledged = new TreeSet<>();
        try {
            while (acknowledged.size() < acksBeforeKill) {
                String line = lines.poll(120, TimeUnit.SECONDS);
                if (line == null || line.equals(EOF)) {
                    throw new IllegalStateException("the writer stopped before " + acksBeforeKill
                            + " commits (" + acknowledged.size() + " acknowledged); its stderr:\n"
                            + Files.readString(stderrFile));
                }
                collect(line, acknowledged);
            }
        } finally {
            child.destroyForcibly();
        }
        if (!child.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the writer did not die");
        }
        for (String line = lines.poll(30, TimeUnit.SECONDS); line != null && !line.equals(EOF);
                line = lines.poll(30, TimeUnit.SECONDS)) {
            collect(line, acknowledged);
        }
        return new Outcome(acknowledged, child.exitValue());
    }

    private static void collect(String line, Set<Long> acknowledged) {
        if (line.startsWith("ACK ")) {
            acknowledged.add(Long.parseLong(line.substring(4)));
        }
    }
}
