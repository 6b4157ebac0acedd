package dev.interop.benchmarks.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where the machine's CPU time goes during a window, from {@code /proc}: the server process, this JVM (the load
 * generator or the JDBC baseline), the embedded PostgreSQL processes (the postmaster found by its data directory and
 * every process below it), and everything else; in cores (CPU seconds per second). Linux only; on anything else every
 * figure is 0.
 */
final class CpuMeter {

    /** Clock ticks per second of {@code /proc} times ({@code getconf CLK_TCK}; 100 on Linux). */
    private static final double TICKS = 100.0;

    private final long serverPid;
    private final String postgresDataDir;
    private long startNanos;
    private Snapshot start;

    /**
     * @param serverPid       the server's pid, or 0 when no server runs (the JDBC baseline)
     * @param postgresDataDir the embedded PostgreSQL data directory, or null on H2
     */
    CpuMeter(long serverPid, String postgresDataDir) {
        this.serverPid = serverPid;
        this.postgresDataDir = postgresDataDir;
    }

    private record Snapshot(long server, long self, long postgres, long busy, long idle,
            Map<String, Long> serverThreads) {
    }

    void start() {
        startNanos = System.nanoTime();
        start = snapshot();
    }

    Results.Cpu stop() {
        if (start == null) {
            return Results.Cpu.NONE;
        }
        Snapshot end = snapshot();
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        double server = (end.server - start.server) / TICKS / seconds;
        double self = (end.self - start.self) / TICKS / seconds;
        double postgres = (end.postgres - start.postgres) / TICKS / seconds;
        double busy = (end.busy - start.busy) / TICKS / seconds;
        double idle = (end.idle - start.idle) / TICKS / seconds;
        Map<String, Double> threads = new LinkedHashMap<>();
        end.serverThreads.entrySet().stream()
                .map(entry -> Map.entry(entry.getKey(),
                        (entry.getValue() - start.serverThreads.getOrDefault(entry.getKey(), 0L)) / TICKS / seconds))
                .filter(entry -> entry.getValue() >= 0.005)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(10)
                .forEach(entry -> threads.put(entry.getKey(), entry.getValue()));
        return new Results.Cpu(seconds, server, self, postgres, Math.max(0, busy - server - self - postgres), idle,
                threads);
    }

    /** The server's CPU ticks by thread group: the thread's name with its numbers replaced by {@code N}. */
    private Map<String, Long> serverThreads() {
        Map<String, Long> groups = new TreeMap<>();
        if (serverPid <= 0) {
            return groups;
        }
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(serverPid), "task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
                            .replaceAll("[0-9]+", "N");
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    groups.merge(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
                } catch (IOException | RuntimeException gone) {
                    // the thread ended meanwhile
                }
            });
        } catch (IOException gone) {
            return groups;
        }
        return groups;
    }

    private Snapshot snapshot() {
        long[] machine = machine();
        return new Snapshot(serverPid > 0 ? ticks(serverPid) : 0, ticks(ProcessHandle.current().pid()),
                postgresDataDir == null ? 0 : postgresTicks(), machine[0], machine[1], serverThreads());
    }

    /** {@code utime + stime} of a process, in ticks; 0 when it is gone. */
    static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    /** {@code cutime + cstime}: the CPU of the process's children that ended and were waited for, in ticks. */
    static long endedChildrenTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    private static long parent(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
        } catch (IOException | RuntimeException gone) {
            return -1;
        }
    }

    /**
     * The postmaster running on our data directory and all processes below it, plus the CPU of the backends that
     * already ended (the postmaster waited for them: its {@code cutime + cstime}).
     */
    private long postgresTicks() {
        List<Long> pids = pids();
        Set<Long> tree = new HashSet<>();
        long ended = 0;
        for (long pid : pids) {
            try {
                String command = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline")).replace('\0', ' ');
                if (command.contains("postgres") && command.contains(postgresDataDir)) {
                    tree.add(pid);
                    ended += endedChildrenTicks(pid);
                }
            } catch (IOException | RuntimeException gone) {
                // ended meanwhile
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (long pid : pids) {
                if (!tree.contains(pid) && tree.contains(parent(pid))) {
                    tree.add(pid);
                    grew = true;
                }
            }
        }
        return ended + tree.stream().mapToLong(CpuMeter::ticks).sum();
    }

    private static List<Long> pids() {
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            return entries.map(path -> path.getFileName().toString()).filter(name -> name.chars()
                    .allMatch(Character::isDigit)).map(Long::parseLong).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Busy and idle ticks of all CPUs together, from the first line of {@code /proc/stat}. */
    private static long[] machine() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            long idle = 0;
            for (int i = 1; i < fields.length && i <= 8; i++) {
                long value = Long.parseLong(fields[i]);
                if (i == 4 || i == 5) {
                    idle += value;
                } else {
                    busy += value;
                }
            }
            return new long[] {busy, idle};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }
}
