package dev.keypad.pin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * A PIN as typed on a telephone keypad: one or more ASCII digits, leading zeros kept. Whether it
 * is acceptable for a purpose is for {@link PinRules} to say. Immutable and thread-safe.
 *
 * <p>{@link #toString()} never shows the digits; code that needs them calls {@link #reveal()}, so
 * every place that handles a PIN in the clear can be found.
 */
public final class Pin {

    private static final String MASK = "*****";

    private final String digits;

    private Pin(String digits) {
        this.digits = digits;
    }

    /**
     * @param digits the PIN as entered; only {@code 0}–{@code 9} (no other Unicode digits, spaces or signs)
     * @throws InvalidPinException with reason {@code not-digits} when the text is null, empty or
     *                             holds anything but ASCII digits
     */
    public static Pin of(String digits) {
        if (!isAsciiDigits(digits)) {
            throw new InvalidPinException(List.of(new PinRules.Violation(PinRules.Reason.NOT_DIGITS,
                    "The PIN must consist of the digits 0 to 9 only, without spaces or other characters")));
        }
        return new Pin(digits);
    }

    /** The digits in the clear. Call it only to hash, check or hand over the PIN once. */
    public String reveal() {
        return digits;
    }

    /** The number of digits. */
    public int length() {
        return digits.length();
    }

    /** Compares in time independent of where the digits differ. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Pin pin && MessageDigest.isEqual(
                digits.getBytes(StandardCharsets.US_ASCII), pin.digits.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** Always {@code *****}, whatever the PIN. */
    @Override
    public String toString() {
        return MASK;
    }

    private static boolean isAsciiDigits(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
