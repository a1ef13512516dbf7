package dev.keypad.pin;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * What the rules need to know about the user a PIN is for. Immutable; thread-safe when
 * {@code recentlyUsed} is.
 *
 * @param extension    the user's extension as digits, or null; anything but ASCII digits is dropped
 * @param lineNumber   the digits of the user's line URI (see {@link #digitsOf(String)}), or null;
 *                     anything but ASCII digits is dropped
 * @param recentlyUsed true for a PIN among the user's last {@code historyCount} PINs of the purpose;
 *                     null when history is not checked, as for PINs an administrator sets
 */
public record PinContext(String extension, String lineNumber, Predicate<Pin> recentlyUsed) {

    public PinContext {
        extension = asciiDigits(extension);
        lineNumber = asciiDigits(lineNumber);
    }

    /** No extension, no line number, no history: only the policy's own rules apply. */
    public static PinContext none() {
        return new PinContext(null, null, null);
    }

    /**
     * A user's numbers, history not checked.
     *
     * @param extension nullable
     * @param lineUri   nullable, e.g. {@code tel:+14255550100;ext=0100}
     */
    public static PinContext of(String extension, String lineUri) {
        return new PinContext(extension, digitsOf(lineUri), null);
    }

    /** The same numbers, with the user's PIN history checked by {@code recentlyUsed}. */
    public PinContext withHistory(Predicate<Pin> recentlyUsed) {
        return new PinContext(extension, lineNumber, recentlyUsed);
    }

    /**
     * The digits a caller dials for a line URI: {@code tel:+14255550100;ext=0100} gives
     * {@code 14255550100}. The {@code tel:} scheme, parameters after {@code ;} (such as the
     * extension), {@code +} and visual separators are dropped.
     *
     * @return null when the URI is null or has no digits
     */
    public static String digitsOf(String lineUri) {
        if (lineUri == null) {
            return null;
        }
        String number = lineUri.trim();
        if (number.toLowerCase(Locale.ROOT).startsWith("tel:")) {
            number = number.substring("tel:".length());
        }
        int parameters = number.indexOf(';');
        return asciiDigits(parameters < 0 ? number : number.substring(0, parameters));
    }

    /** Says whether history is checked, without the user's numbers. */
    @Override
    public String toString() {
        return "PinContext[extension=" + (extension == null ? "none" : "set")
                + ", lineNumber=" + (lineNumber == null ? "none" : "set")
                + ", history=" + (recentlyUsed == null ? "not checked" : "checked") + "]";
    }

    private static String asciiDigits(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.length() == 0 ? null : digits.toString();
    }
}
