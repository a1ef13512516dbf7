package dev.keypad.conferencing;

import dev.keypad.Actor;

/** A change of a user's audio conferencing, published inside its transaction. Never carries a PIN. */
public record ConferencingEvent(String action, String identity, String details, Actor actor) {
}
