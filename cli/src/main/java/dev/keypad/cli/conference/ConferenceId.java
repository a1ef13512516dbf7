package dev.keypad.cli.conference;

import dev.keypad.cli.BadInputException;

/**
 * The 7-digit conference ID a caller dials in with (SPEC §6), checked before anything is sent.
 *
 * @param digits exactly 7 ASCII digits
 */
record ConferenceId(String digits) {

    ConferenceId {
        if (digits == null || !digits.matches("[0-9]{7}")) {
            throw new IllegalArgumentException("a conference ID is 7 digits, was '" + digits + "'");
        }
    }

    /** @throws BadInputException when the text given to {@code --conference-id} is not 7 digits */
    static ConferenceId of(String text) {
        String digits = text.strip();
        if (!digits.matches("[0-9]{7}")) {
            throw new BadInputException("--conference-id '" + text + "' is not a conference ID: 7 digits, such as"
                    + " 4711230");
        }
        return new ConferenceId(digits);
    }

    @Override
    public String toString() {
        return digits;
    }
}
