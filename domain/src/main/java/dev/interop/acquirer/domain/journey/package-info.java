/**
 * The five ways a payment reaches the Acquiring Partner, as typed state machines: the four interoperability journeys
 * of Klarna's Boost features (pre-qualification, Sign in with Klarna, one-step and multi-step express checkout) and
 * the standard payment without a token. Each journey is a {@link dev.interop.shared.domain.TransitionTable} over
 * {@link dev.interop.acquirer.domain.journey.JourneyStage} and {@link dev.interop.acquirer.domain.journey.JourneyAction}, drawn into
 * the documentation and used as a test oracle. R8 (one-step express only for server-side partners with dynamic
 * shipping) is decided here when a journey starts.
 */
package dev.interop.acquirer.domain.journey;
