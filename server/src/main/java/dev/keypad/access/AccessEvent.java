package dev.keypad.access;

import dev.keypad.Actor;

/** What happened to accounts, published inside the transaction that did it. */
public sealed interface AccessEvent {

    record AccountAdded(String name, Role role, Actor actor) implements AccessEvent {
    }

    record AccountRemoved(String name, Actor actor) implements AccessEvent {
    }
}
