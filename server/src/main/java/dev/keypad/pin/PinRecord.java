package dev.keypad.pin;

import java.time.Instant;
import java.util.Objects;

import dev.keypad.policy.Purpose;
import dev.keypad.signin.LockoutState;

/**
 * What Keypad stores of one user's PIN for one purpose: the hash (never the PIN), how the PIN came
 * to be, and its lockout state. Immutable.
 *
 * @param hash       the Argon2id encoding, or null when no PIN is set
 * @param length     the PIN's number of digits (the automatic lockout limits depend on it), or null
 * @param userChosen whether the user chose the PIN themselves (SPEC's firstTimeUser is the opposite)
 * @param lastChange when the PIN was last set, or null
 */
public record PinRecord(long userId, Purpose purpose, String hash, Integer length, boolean mustChange,
                        boolean userChosen, Instant lastChange, LockoutState lockout) {

    public PinRecord {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(lockout, "lockout");
    }

    /** The record of a user who never had a PIN of this purpose. */
    public static PinRecord none(long userId, Purpose purpose) {
        return new PinRecord(userId, purpose, null, null, false, false, null, LockoutState.fresh());
    }

    public boolean isSet() {
        return hash != null;
    }

    public PinRecord withLockout(LockoutState state) {
        return new PinRecord(userId, purpose, hash, length, mustChange, userChosen, lastChange, state);
    }

    /** A new PIN: its hash, who chose it, and whether it must be changed at the next sign-in. */
    public PinRecord withPin(String newHash, int newLength, boolean newMustChange, boolean chosenByUser, Instant at) {
        return new PinRecord(userId, purpose, newHash, newLength, newMustChange, chosenByUser, at, lockout);
    }

    public PinRecord withHash(String newHash) {
        return new PinRecord(userId, purpose, newHash, length, mustChange, userChosen, lastChange, lockout);
    }

    /** Leaves the hash out: it is no PIN, but nothing outside storage needs to see it. */
    @Override
    public String toString() {
        return "PinRecord[userId=" + userId + ", purpose=" + purpose + ", set=" + isSet() + ", mustChange=" + mustChange
                + ", userChosen=" + userChosen + ", lastChange=" + lastChange + ", lockout=" + lockout + "]";
    }
}
