package dev.keypad;

/** A change would give a value that must be unique to a second owner; nothing was changed. */
public class ConflictException extends RuntimeException {

    private final String field;
    private final String conflictsWith;

    /**
     * @param field         the field whose value is taken
     * @param conflictsWith who already holds it, e.g. a SIP address
     */
    public ConflictException(String field, String conflictsWith, String message) {
        super(message);
        this.field = field;
        this.conflictsWith = conflictsWith;
    }

    public String field() {
        return field;
    }

    public String conflictsWith() {
        return conflictsWith;
    }
}
