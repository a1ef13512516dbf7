package dev.keypad.access;

import java.time.Instant;
import java.util.regex.Pattern;

import dev.keypad.InvalidInputException;

/**
 * An API account. Immutable.
 *
 * @param name 1 to 64 letters, digits, {@code . _ -}
 */
public record Account(String name, Role role, Instant createdAt) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public Account {
        checkName(name);
    }

    public static String checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidInputException("name", "account name '" + name + "' must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
        return name;
    }
}
