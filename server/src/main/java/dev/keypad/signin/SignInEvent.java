package dev.keypad.signin;

import dev.keypad.Actor;
import dev.keypad.policy.Purpose;

/** What happened at a phone, published inside the sign-in's transaction. Never carries a PIN. */
public sealed interface SignInEvent {

    Actor actor();

    /**
     * @param callerId the calling number or URI the gateway reported, or null
     * @param details  what else happened (locked now, PIN reset, re-hashed), or null
     */
    record SignInAttempted(String identity, Purpose purpose, SignInOutcome outcome, String callerId, String details,
                           Actor actor) implements SignInEvent {
    }

    /** The caller chose a new PIN after proving who they are. */
    record PinChangedByCaller(String identity, Purpose purpose, String callerId, Actor actor) implements SignInEvent {
    }

    /**
     * A voicemail PIN replaced after too many failures (SPEC §4.2). The notification feature mails the
     * new PIN; the event itself holds none.
     */
    record PinResetAfterFailures(String identity, Purpose purpose, int consecutiveFailures, Actor actor) implements SignInEvent {
    }
}
