package dev.keypad.console;

/**
 * A secret Keypad just generated, put into the model of the one response that shows it and
 * nowhere else: never the session, a flash attribute or a redirect.
 */
public record ShownOnce(String label, String value) {

    @Override
    public String toString() {
        return "ShownOnce[" + label + ", *****]";
    }
}
