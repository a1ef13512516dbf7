package dev.keypad.directory;

import java.time.Instant;
import java.util.Objects;

/**
 * A user of the directory as stored. Immutable.
 *
 * @param id        the database key; never shown to callers, who name users by identity
 * @param data      what is known of the user
 * @param createdAt when the user was added
 * @param updatedAt when the user was last changed
 */
public record User(long id, UserData data, Instant createdAt, Instant updatedAt) {

    public User {
        Objects.requireNonNull(data, "data");
    }

    /** The canonical identity of the user: the SIP address with its {@code sip:} scheme. */
    public String identity() {
        return data.sipAddress();
    }
}
