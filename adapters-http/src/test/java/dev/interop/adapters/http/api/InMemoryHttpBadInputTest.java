package dev.interop.adapters.http.api;

import dev.interop.adapters.http.testing.HttpBadInputContract;

/** Refused input and replays against the in-memory engine. */
class InMemoryHttpBadInputTest extends HttpBadInputContract {
}
