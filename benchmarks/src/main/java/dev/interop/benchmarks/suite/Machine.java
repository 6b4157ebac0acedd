package dev.interop.benchmarks.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** What the machine is, read from {@code /proc}, {@code /etc/os-release} and {@code java -version}. */
final class Machine {

    private Machine() {
    }

    static Results.Machine describe() {
        return new Results.Machine(Runtime.getRuntime().availableProcessors(), cpuModel(), memoryBytes(), os(),
                javaVersion(), loadAverage());
    }

    /** The first three fields of {@code /proc/loadavg} (1, 5 and 15 minutes). */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long memoryBytes() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal:"))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024).findFirst().orElse(0L);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    private static String os() {
        String kernel = System.getProperty("os.name") + " " + System.getProperty("os.version");
        try {
            return Files.readAllLines(Path.of("/etc/os-release")).stream()
                    .filter(line -> line.startsWith("PRETTY_NAME="))
                    .map(line -> line.substring("PRETTY_NAME=".length()).replace("\"", "") + ", " + kernel)
                    .findFirst().orElse(kernel);
        } catch (IOException e) {
            return kernel;
        }
    }

    private static String javaVersion() {
        return run(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version");
    }

    static String commit() {
        return run("git", "describe", "--always", "--dirty");
    }

    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes()).trim();
            process.waitFor(30, TimeUnit.SECONDS);
            return output;
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
