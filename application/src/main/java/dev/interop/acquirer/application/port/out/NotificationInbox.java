package dev.interop.acquirer.application.port.out;

import java.time.Instant;

/**
 * The event ids of Klarna's notifications that acted (R18). {@link #markSeen} joins the current unit of work, so an
 * event id is recorded if and only if its change commits; a second notification with the same id finds it and acts
 * no more. Kept at least 14 days (beyond Klarna's 12 h of retries).
 */
public interface NotificationInbox {

    /** Records {@code eventId}; false (and nothing written) when it was recorded before. */
    boolean markSeen(String eventId, Instant receivedAt);

    /** Forgets event ids received before {@code before}, at most {@code limit}; the number forgotten. */
    int purgeBefore(Instant before, int limit);
}
