package dev.keypad.pin;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.keypad.InvalidInputException;

/** The {@code where} condition of PIN selections: which PINs of the selected users count. */
public enum PinFilter {
    /** Locked by an administrator, for failures, or temporarily and still. */
    LOCKED,
    /** Set, and older than the lifetime of the user's policy. */
    EXPIRED,
    SET,
    UNSET;

    public static PinFilter parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("where", "where '" + text + "' is not one of "
                    + Arrays.stream(values()).map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
    }
}
