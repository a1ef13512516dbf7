package dev.keypad.conferencing;

import java.time.Instant;

/**
 * A user enabled for audio conferencing. Immutable.
 *
 * @param conferenceId 7 digits, unique among organizers
 */
public record Organizer(long userId, String conferenceId, boolean allowPstnOnlyMeetings, Instant enabledAt) {
}
