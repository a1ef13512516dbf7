package dev.keypad.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.keypad.InvalidInputException;

/** What an account may do (SPEC §1). The JSON name is the lower-case name. */
public enum Role {
    /** Everything: users, PINs, policies, settings, audit. */
    ADMINISTRATOR,
    /** Views PIN status, sets, resets, locks and unlocks PINs; no policies or settings. */
    HELPDESK,
    /** Reads everything, the audit log included; changes nothing. */
    AUDITOR,
    /** A PBX or IVR: verifies and changes PINs on behalf of callers, nothing else. */
    GATEWAY;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("role", "role '" + text + "' is not one of "
                    + Arrays.stream(values()).map(Role::jsonName).collect(Collectors.joining(", ")));
        }
    }
}
