package dev.keypad.directory;

import java.util.List;

import dev.keypad.Actor;

/**
 * What happened to the directory, published inside the transaction that did it, so listeners
 * (the audit log) commit or roll back with the change.
 */
public sealed interface DirectoryEvent {

    Actor actor();

    record UserAdded(UserData user, Actor actor) implements DirectoryEvent {
    }

    record UserChanged(UserData before, UserData after, Actor actor) implements DirectoryEvent {
    }

    record UserRemoved(UserData user, Actor actor) implements DirectoryEvent {
    }

    /** One batch of a CSV import; unchanged rows are not in it. */
    record UsersImported(List<UserData> added, List<UserChanged> changed, Actor actor) implements DirectoryEvent {
    }
}
