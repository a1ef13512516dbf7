package dev.keypad.signin;

import java.time.Instant;

/**
 * The lockout accounting of one user's PIN of one purpose, as stored between sign-in attempts.
 * Immutable and therefore thread-safe; {@link Lockout} computes each next state from it.
 * Both lockout models share this shape: two-tier uses the local and global counters, reset-then-lock
 * uses the consecutive counter, and the other counters stay at 0.
 *
 * @param localFailures       failures inside the current window (two-tier); at least 0
 * @param globalFailures      failures since the last unlock or PIN set (two-tier); at least 0
 * @param windowStart         when the current window opened, or null when no window is open (two-tier)
 * @param lockedUntil         end of a temporary lockout (exclusive); non-null exactly when {@code lockReason} is
 *                            {@link LockReason#TEMPORARY}
 * @param lockReason          why the PIN is locked, or null when it is not; a temporary lock whose end has passed
 *                            is still stored until the next {@link Lockout#admit admit}, but no longer counts
 * @param consecutiveFailures failures since the last success, unlock or PIN set (voicemail); at least 0
 * @param lastFailure         time of the last counted failure, or null if none
 * @param lastSuccess         time of the last successful sign-in, or null if none
 */
public record LockoutState(int localFailures, int globalFailures, Instant windowStart, Instant lockedUntil,
        LockReason lockReason, int consecutiveFailures, Instant lastFailure, Instant lastSuccess) {

    private static final LockoutState FRESH = new LockoutState(0, 0, null, null, null, 0, null, null);

    public LockoutState {
        if (localFailures < 0 || globalFailures < 0 || consecutiveFailures < 0) {
            throw new IllegalArgumentException("failure counters cannot be negative: local " + localFailures
                    + ", global " + globalFailures + ", consecutive " + consecutiveFailures);
        }
        if ((lockReason == LockReason.TEMPORARY) != (lockedUntil != null)) {
            throw new IllegalArgumentException("lockedUntil is set exactly for a temporary lock: reason " + lockReason
                    + ", lockedUntil " + lockedUntil);
        }
    }

    /** The state of a PIN that has never failed, succeeded or been locked. */
    public static LockoutState fresh() {
        return FRESH;
    }

    LockoutState withLocalWindow(int local, Instant start) {
        return new LockoutState(local, globalFailures, start, lockedUntil, lockReason, consecutiveFailures,
                lastFailure, lastSuccess);
    }

    LockoutState withGlobalFailures(int global) {
        return new LockoutState(localFailures, global, windowStart, lockedUntil, lockReason, consecutiveFailures,
                lastFailure, lastSuccess);
    }

    LockoutState withConsecutiveFailures(int consecutive) {
        return new LockoutState(localFailures, globalFailures, windowStart, lockedUntil, lockReason, consecutive,
                lastFailure, lastSuccess);
    }

    LockoutState withLock(LockReason reason, Instant until) {
        return new LockoutState(localFailures, globalFailures, windowStart, until, reason, consecutiveFailures,
                lastFailure, lastSuccess);
    }

    LockoutState withLastFailure(Instant at) {
        return new LockoutState(localFailures, globalFailures, windowStart, lockedUntil, lockReason,
                consecutiveFailures, at, lastSuccess);
    }

    LockoutState withLastSuccess(Instant at) {
        return new LockoutState(localFailures, globalFailures, windowStart, lockedUntil, lockReason,
                consecutiveFailures, lastFailure, at);
    }

    /** Same times, no counters: what an unlock or a PIN set leaves behind, before deciding about the lock. */
    LockoutState withoutFailures() {
        return new LockoutState(0, 0, null, lockedUntil, lockReason, 0, lastFailure, lastSuccess);
    }
}
