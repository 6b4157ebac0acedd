/**
 * The controllers of the three faces on one server, and what they share.
 *
 * <p>{@link dev.interop.adapters.http.api.AdminController} ({@code /admin/v1}),
 * {@link dev.interop.adapters.http.api.PartnerApiController} ({@code /v1}) and
 * {@link dev.interop.adapters.http.api.KlarnaSandboxController} ({@code /sandbox/klarna}) are instances receiving
 * the application's use-case interfaces; {@link dev.interop.adapters.http.api.InteropHttpApi} assembles them into
 * the {@link dev.interop.adapters.http.Routes} for {@link dev.interop.adapters.http.HttpServerFactory}. Request
 * bodies are validated field by field before any use case runs (every fault in one 400 problem); a use case's
 * refusal reaches the client through the one mapping {@link dev.interop.adapters.http.api.UseCaseProblems}; every
 * POST and PATCH honours {@code Idempotency-Key} through the application's {@code RunIdempotentlyUseCase}. Response
 * bodies are records private to this package, snake_case on the wire, described by {@code openapi.json}.
 */
package dev.interop.adapters.http.api;
