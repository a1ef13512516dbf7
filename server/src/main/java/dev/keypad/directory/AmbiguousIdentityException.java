package dev.keypad.directory;

import java.util.List;

/** An identity that should name one user names several; nothing was changed. */
public class AmbiguousIdentityException extends RuntimeException {

    private final String identity;
    private final List<String> matches;

    /**
     * @param matches the SIP addresses of (some of) the users it names
     */
    public AmbiguousIdentityException(String identity, List<String> matches) {
        super("The identity '" + identity + "' is ambiguous: it names " + (matches.size() > 10 ? "more than 10 users" : matches.size() + " users")
                + " (" + String.join(", ", matches.subList(0, Math.min(10, matches.size()))) + "); use the SIP address instead");
        this.identity = identity;
        this.matches = List.copyOf(matches);
    }

    public String identity() {
        return identity;
    }

    public List<String> matches() {
        return matches;
    }
}
