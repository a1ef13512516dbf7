package dev.keypad.cli;

/** Input given to the command line itself cannot be used: a usage error, found before anything was sent. */
public final class BadInputException extends RuntimeException {

    public BadInputException(String message) {
        super(message);
    }
}
