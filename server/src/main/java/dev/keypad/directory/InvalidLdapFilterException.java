package dev.keypad.directory;

/**
 * An LDAP search filter that cannot be used: malformed (RFC 4515), beyond Keypad's limits, or naming
 * an attribute Keypad does not know.
 *
 * <p>The message names the problem and its position, e.g.
 * {@code LDAP filter: expected ')' but found the end of the filter at position 17}, so it can be
 * shown to the administrator who typed the filter as it is.
 */
public class InvalidLdapFilterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int position;

    /**
     * @param problem what is wrong, e.g. {@code expected ')'}; not null
     * @param position 0-based index into the filter text where the problem was found, at least 0
     */
    public InvalidLdapFilterException(String problem, int position) {
        this(problem, position, null);
    }

    /**
     * @param problem what is wrong, e.g. {@code unknown attribute 'titel'}; not null
     * @param position 0-based index into the filter text where the problem was found, at least 0
     * @param hint how to fix it, appended in parentheses, e.g. {@code known: sipAddress, …}; may be null
     */
    public InvalidLdapFilterException(String problem, int position, String hint) {
        super(message(problem, position, hint));
        this.position = position;
    }

    /** The 0-based index into the filter text (as given, before any trimming) where the problem was found. */
    public int position() {
        return position;
    }

    private static String message(String problem, int position, String hint) {
        if (problem == null || problem.isBlank()) {
            throw new IllegalArgumentException("problem must not be blank");
        }
        if (position < 0) {
            throw new IllegalArgumentException("position must not be negative: " + position);
        }
        String message = "LDAP filter: " + problem + " at position " + position;
        return hint == null ? message : message + " (" + hint + ")";
    }
}
