package dev.interop.adapters.http.api;

import dev.interop.adapters.http.testing.HttpJourneysContract;

/** The HTTP journeys against the in-memory engine. */
class InMemoryHttpJourneysTest extends HttpJourneysContract {
}
