/**
 * Test helpers published in the adapter's test-jar.
 *
 * <p>{@link dev.interop.adapters.http.testing.TestServer} runs the real server on a free port and speaks HTTP/1.1 to
 * it, and {@link dev.interop.adapters.http.testing.OpenApiValidator} checks responses against the OpenAPI document so
 * that it cannot drift from what the server answers.
 *
 * <p>The HTTP contract of the whole product, runnable against any engine: {@link
 * dev.interop.adapters.http.testing.HttpJourneysContract} (the four journeys and their failure paths) and {@link
 * dev.interop.adapters.http.testing.HttpBadInputContract} (refused input stores nothing; idempotent replays). Both
 * extend {@link dev.interop.adapters.http.testing.InteropHttpContract}, whose {@code startFixture()} gives the server
 * under test: by default {@link dev.interop.adapters.http.testing.InteropHttpFixture#inMemory()}; override it to
 * return {@code InteropHttpFixture.start(interopOverJdbc)} (or wrap a server started another way) and the same tests
 * run against H2 or PostgreSQL:
 *
 * <pre>{@code
 * class PostgresHttpJourneysTest extends HttpJourneysContract {
 *     @Override
 *     protected InteropHttpFixture startFixture() {
 *         return InteropHttpFixture.start(Interop.builder().withStorage(postgresStorage()).build());
 *     }
 * }
 * }</pre>
 */
package dev.interop.adapters.http.testing;
