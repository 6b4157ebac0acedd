package dev.interop.adapters.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Fresh H2 databases for tests, configured exactly as the product's ({@link H2Urls}). Invariant: every call returns
 * a database no other call returns. In-memory databases live until the JVM ends; temporary file databases are
 * deleted when it ends.
 */
public final class H2Support {

    private static final List<Path> TEMPORARY_DIRECTORIES = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> TEMPORARY_DIRECTORIES.forEach(TestFiles::deleteRecursively),
                "interop-h2-cleanup"));
    }

    private H2Support() {
    }

    /** A new, empty, uniquely named in-memory database. */
    public static DatabaseSettings freshMemory() {
        return DatabaseSettings.h2Memory("t_" + UUID.randomUUID().toString().replace("-", ""));
    }

    /** A new file database in a temporary directory deleted when the JVM ends. */
    public static DatabaseSettings freshFile() {
        try {
            Path directory = Files.createTempDirectory("interop-h2-");
            TEMPORARY_DIRECTORIES.add(directory);
            return fileIn(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file database {@code interop.mv.db} in {@code directory} (for example a JUnit {@code @TempDir}). */
    public static DatabaseSettings fileIn(Path directory) {
        return DatabaseSettings.h2File(directory.resolve("interop"));
    }
}
