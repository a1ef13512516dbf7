package dev.keypad;

/** The caller named something that does not exist. */
public class NotFoundException extends RuntimeException {

    private final String identity;

    public NotFoundException(String identity, String message) {
        super(message);
        this.identity = identity;
    }

    public static NotFoundException user(String identity) {
        return new NotFoundException(identity, "No user matches the identity '" + identity + "'");
    }

    public String identity() {
        return identity;
    }
}
