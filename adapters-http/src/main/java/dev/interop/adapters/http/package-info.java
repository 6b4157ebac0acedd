/**
 * The HTTP adapter: a Javalin 7 server whose controllers translate HTTP into the application's use cases.
 *
 * <p>This package holds the foundation every controller plugs into: {@link dev.interop.adapters.http.HttpServerFactory}
 * builds the server (Jackson, body limit, correlation ids, metrics, the single exception path),
 * {@link dev.interop.adapters.http.Routes} is how a controller registers its endpoints,
 * {@link dev.interop.adapters.http.BodyReader} validates request bodies reporting every field error at once, and
 * {@link dev.interop.adapters.http.ProblemException} is how a controller answers with an RFC 9457 problem. Every
 * error response is {@code application/problem+json}; an unexpected failure reaches exactly one handler, which
 * answers 500 {@code INTERNAL_ERROR} without any detail of the failure.
 */
package dev.interop.adapters.http;
