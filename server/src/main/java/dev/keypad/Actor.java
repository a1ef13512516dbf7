package dev.keypad;

import java.util.Objects;

/**
 * Who asked for an operation and from where, as the audit log records it.
 *
 * @param name   the account name, or {@code system:…} for the server's own work
 * @param source where the request came from, e.g. {@code 127.0.0.1 keypad-cli/0.1.0}; may be null
 */
public record Actor(String name, String source) {

    public Actor {
        Objects.requireNonNull(name, "name");
    }

    /** The server acting on its own, for example filling the demo directory. */
    public static Actor system(String task) {
        return new Actor("system:" + task, "server");
    }
}
