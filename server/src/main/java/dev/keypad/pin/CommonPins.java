package dev.keypad.pin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The blocklist of PINs people choose most often: the entries of the classpath resource
 * {@value #RESOURCE} (one PIN a line, {@code #} starts a comment; the file names its sources)
 * plus every four-digit year from 1900 to 2099.
 * Loaded once, when first used; immutable and thread-safe.
 */
public final class CommonPins {

    static final String RESOURCE = "/pin/common-pins.txt";

    private static final Set<String> LISTED = load();

    private CommonPins() {
    }

    /** True when the PIN is on the list or is a four-digit year 19xx or 20xx. */
    public static boolean contains(Pin pin) {
        String digits = pin.reveal();
        return LISTED.contains(digits) || isYear(digits);
    }

    /** The number of listed entries, years not counted. */
    static int size() {
        return LISTED.size();
    }

    /**
     * Birth years, anniversaries and the current year are among the most common four-digit
     * choices (DataGenetics found every 19xx PIN in the upper fifth by popularity), so the whole
     * range is refused by rule rather than listed.
     */
    private static boolean isYear(String digits) {
        return digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"));
    }

    private static Set<String> load() {
        InputStream in = CommonPins.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("The PIN blocklist " + RESOURCE + " is missing from the classpath");
        }
        Set<String> pins = new HashSet<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                int comment = line.indexOf('#');
                String entry = (comment < 0 ? line : line.substring(0, comment)).strip();
                if (entry.isEmpty()) {
                    continue;
                }
                if (!entry.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    throw new IllegalStateException("Line " + number + " of the PIN blocklist " + RESOURCE
                            + " holds something other than digits before its comment");
                }
                pins.add(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The PIN blocklist " + RESOURCE + " could not be read", e);
        }
        return Set.copyOf(pins);
    }
}
