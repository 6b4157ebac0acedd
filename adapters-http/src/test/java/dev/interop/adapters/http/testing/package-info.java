/**
 * Test helpers published in the adapter's test-jar: {@link dev.interop.adapters.http.testing.TestServer} runs the
 * real server on a free port and speaks HTTP/1.1 to it, and {@link dev.interop.adapters.http.testing.OpenApiValidator}
 * checks responses against the OpenAPI document so that it cannot drift from what the server answers.
 */
package dev.interop.adapters.http.testing;
