package dev.keypad.policy;

import dev.keypad.Actor;

/** What happened to policies and grants, published inside the transaction that did it. */
public sealed interface PolicyEvent {

    Actor actor();

    /** @param before null when the policy is new */
    record PolicyChanged(PinPolicy before, ScopedPolicy after, Actor actor) implements PolicyEvent {
    }

    /** A site or tag policy removed, or the global policy reset to its defaults. */
    record PolicyRemoved(Purpose purpose, PolicyScope scope, Actor actor) implements PolicyEvent {
    }

    /** @param policy the tag policy granted, or null when the grant was taken away */
    record PolicyGranted(String identity, Purpose purpose, PolicyScope policy, Actor actor) implements PolicyEvent {
    }
}
