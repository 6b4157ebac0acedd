package dev.interop.adapters.jdbc;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Builds the JDBC URLs of the H2 databases the product runs on. Every URL carries {@link #FLAGS}:
 * <ul>
 *   <li>{@code MODE=PostgreSQL}, {@code DATABASE_TO_LOWER=TRUE}, {@code DEFAULT_NULL_ORDERING=HIGH}: H2 behaves like
 *       PostgreSQL where the shared scripts and queries can tell (unquoted identifiers fold to lower case, NULLs sort
 *       last ascending as in PostgreSQL), so one set of SQL serves both dialects.</li>
 *   <li>{@code WRITE_DELAY=0}: H2 2.x otherwise keeps committed changes in memory for up to 500 ms and writes them
 *       from a background thread, so a {@code kill -9} loses commits that were already acknowledged. With 0 the
 *       MVStore writes its chunk to the file inside {@code commit()} itself. The write is not followed by an
 *       {@code fsync}: it survives the process dying, not the operating system crashing.</li>
 *   <li>{@code LOCK_TIMEOUT=10000}: a transaction waits up to 10 s for a row another one holds (H2's default of 1 s
 *       fails too early on a loaded machine; PostgreSQL waits without limit).</li>
 *   <li>{@code DB_CLOSE_ON_EXIT=FALSE}: H2's own shutdown hook would close the database under a pool that is still
 *       draining requests; the owner of the {@link Database} closes it instead. Nothing committed depends on
 *       that close, thanks to {@code WRITE_DELAY=0}.</li>
 * </ul>
 * In-memory URLs add {@code DB_CLOSE_DELAY=-1} so the database outlives a moment with no open connection (a pool
 * retiring its connections, or a test closing one pool and opening the next); it lives until the JVM ends.
 */
public final class H2Urls {

    /** The flags every H2 URL built here carries, in this order. */
    public static final String FLAGS = "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
            + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE";

    private static final Pattern MEMORY_NAME = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    private H2Urls() {
    }

    /**
     * The URL of the file database {@code <file>.mv.db}: {@code file} is the path without H2's {@code .mv.db}
     * suffix, made absolute so the URL does not depend on the working directory.
     */
    public static String file(Path file) {
        Objects.requireNonNull(file, "file");
        String path = file.toAbsolutePath().normalize().toString();
        if (path.endsWith(".mv.db")) {
            throw new IllegalArgumentException("give the path without H2's .mv.db suffix: " + path);
        }
        if (path.contains(";")) {
            throw new IllegalArgumentException("an H2 file path cannot contain ';': " + path);
        }
        return "jdbc:h2:file:" + path + ";" + FLAGS;
    }

    /** The URL of the named in-memory database, shared by every connection of this JVM that uses the same name. */
    public static String memory(String name) {
        Objects.requireNonNull(name, "name");
        if (!MEMORY_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("an in-memory database name is 1-100 of [A-Za-z0-9_-]: " + name);
        }
        return "jdbc:h2:mem:" + name + ";" + FLAGS + ";DB_CLOSE_DELAY=-1";
    }
}
