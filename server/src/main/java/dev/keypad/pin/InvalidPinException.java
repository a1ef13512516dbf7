package dev.keypad.pin;

import java.util.List;
import java.util.stream.Collectors;

import dev.keypad.InvalidInputException;

/**
 * A PIN that is not acceptable, with every reason found. Its message lists the reason codes and
 * their explanations and never the PIN, so it is safe to log and to show.
 */
public class InvalidPinException extends InvalidInputException {

    private final List<PinRules.Violation> violations;

    /** A rejected PIN given in the field {@code pin}. */
    public InvalidPinException(List<PinRules.Violation> violations) {
        this("pin", violations);
    }

    /**
     * @param field      the request field that held the PIN, e.g. {@code pin} or {@code newPin}
     * @param violations at least one
     */
    public InvalidPinException(String field, List<PinRules.Violation> violations) {
        super(field, describe(violations));
        this.violations = List.copyOf(violations);
    }

    /** Why the PIN was refused, in the stable order of {@link PinRules.Reason}. */
    public List<PinRules.Violation> violations() {
        return violations;
    }

    private static String describe(List<PinRules.Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("A rejected PIN needs at least one violation");
        }
        return violations.stream().map(v -> v.reason().code() + " (" + v.message() + ")")
                .collect(Collectors.joining("; ", "The PIN is not acceptable: ", ""));
    }
}
