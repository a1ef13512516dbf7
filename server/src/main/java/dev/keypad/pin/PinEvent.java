package dev.keypad.pin;

import java.util.List;

import dev.keypad.Actor;
import dev.keypad.policy.Purpose;

/**
 * What happened to PINs, published inside the transaction that did it. Events never carry a PIN:
 * the audit log listens to them.
 */
public sealed interface PinEvent {

    Actor actor();

    /**
     * One batch of an administrative operation.
     *
     * @param action  {@code pin.set}, {@code pin.lock} or {@code pin.unlock}
     * @param changes the users changed, each with what was done (no PIN)
     */
    record PinsChanged(Purpose purpose, String action, List<Change> changes, Actor actor) implements PinEvent {
    }

    /** @param details e.g. {@code generated; must change} */
    record Change(String identity, String details) {
    }
}
