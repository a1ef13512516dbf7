package dev.keypad.conferencing;

import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dev.keypad.pin.MailExtras;
import dev.keypad.policy.Purpose;

/**
 * Puts the conference ID and the dial-in numbers into every mail of a leader PIN, whether it was
 * set here or with {@code keypad pin set --purpose conference}. Thread-safe.
 */
@Component
class ConferenceMailValues implements MailExtras {

    private final Organizers organizers;
    private final String dialInNumbers;

    ConferenceMailValues(Organizers organizers, @Value("${keypad.conferencing.dial-in-numbers:}") String dialInNumbers) {
        this.organizers = organizers;
        this.dialInNumbers = dialInNumbers.isBlank() ? null : dialInNumbers.strip();
    }

    @Override
    public Map<String, String> valuesFor(long userId, Purpose purpose) {
        if (purpose != Purpose.CONFERENCE) {
            return Map.of();
        }
        return organizers.find(userId).map(this::values).orElse(Map.of());
    }

    Map<String, String> values(Organizer organizer) {
        Map<String, String> values = new HashMap<>();
        values.put("conferenceId", organizer.conferenceId());
        values.put("allowPstnOnlyMeetings", Boolean.toString(organizer.allowPstnOnlyMeetings()));
        if (dialInNumbers != null) {
            values.put("dialInNumbers", dialInNumbers);
        }
        return values;
    }
}
