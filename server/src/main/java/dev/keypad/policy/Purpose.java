package dev.keypad.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.keypad.InvalidInputException;

/** What a PIN is for. Each user has at most one PIN per purpose, each with its own policy. */
public enum Purpose {

    /** Phone sign-in and dial-in conference authentication (Skype for Business client PIN). */
    PHONE,
    /** Opening the voice mailbox by phone (Exchange UM mailbox PIN). */
    VOICEMAIL,
    /** Starting one's own meeting over the phone (organizer or leader PIN). */
    CONFERENCE;

    private static final String VALID = Arrays.stream(values()).map(Purpose::jsonName)
            .collect(Collectors.joining(", "));

    /** The name in JSON, URLs and on the command line: {@code phone}, {@code voicemail}, {@code conference}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a purpose by its JSON name, ignoring case and surrounding spaces.
     *
     * @throws InvalidInputException for field {@code purpose} when the text is null or names no purpose
     */
    public static Purpose parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("purpose", "purpose is required: one of " + VALID);
        }
        String wanted = text.trim();
        for (Purpose purpose : values()) {
            if (purpose.jsonName().equalsIgnoreCase(wanted)) {
                return purpose;
            }
        }
        throw new InvalidInputException("purpose", "purpose '" + wanted + "' is not one of " + VALID);
    }
}
