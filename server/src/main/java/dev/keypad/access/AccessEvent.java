package dev.keypad.access;

import dev.keypad.Actor;

/** What happened to accounts, published inside the transaction that did it. */
public sealed interface AccessEvent {

    record AccountAdded(String name, Role role, Actor actor) implements AccessEvent {
    }

    record AccountRemoved(String name, Actor actor) implements AccessEvent {
    }

    record PasswordSet(String name, Actor actor) implements AccessEvent {
    }

    /** @param method {@code password} or {@code api token} */
    record ConsoleSignedIn(Actor actor, String method) implements AccessEvent {
    }

    /** @param reason why, in words safe to store: never what was typed */
    record ConsoleSignInRefused(Actor actor, String reason) implements AccessEvent {
    }
}
