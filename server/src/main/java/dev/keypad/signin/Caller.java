package dev.keypad.signin;

import dev.keypad.InvalidInputException;

/**
 * How a gateway names the caller: by extension (with the site when extensions repeat across
 * sites), by line URI, or by identity. Exactly one of them. Immutable.
 */
public record Caller(String extension, String site, String lineUri, String identity) {

    public Caller {
        int given = (blank(extension) ? 0 : 1) + (blank(lineUri) ? 0 : 1) + (blank(identity) ? 0 : 1);
        if (given != 1) {
            throw new InvalidInputException("extension", "Name the caller by exactly one of extension, lineUri or identity");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
