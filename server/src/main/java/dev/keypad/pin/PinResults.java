package dev.keypad.pin;

import java.util.List;

/** The outcome of a PIN operation over all its targets, in the order they were processed. */
public record PinResults(String purpose, boolean whatIf, int changed, int unchanged, int failed, List<PinResult> results) {
}
