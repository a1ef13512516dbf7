package dev.keypad;

/**
 * Input that breaks a rule; nothing was changed. The message names the field and the rule and
 * is safe to show to the caller.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;

    /**
     * @param field the field, query parameter or column at fault, as the caller named it
     */
    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
