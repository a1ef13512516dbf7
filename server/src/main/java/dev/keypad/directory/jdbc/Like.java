package dev.keypad.directory.jdbc;

/** LIKE patterns with {@code \} as the escape character. */
final class Like {

    private Like() {
    }

    /** The text taken literally. */
    static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Anything that starts with the text. */
    static String prefix(String text) {
        return literal(text) + "%";
    }

    /** A user's {@code *} pattern: each {@code *} stands for any run of characters. */
    static String pattern(String wildcard) {
        return literal(wildcard).replace("*", "%");
    }
}
