package dev.keypad.signin;

import java.time.Instant;

/**
 * Reset-then-lock for voicemail PINs (SPEC §4.2). Consecutive failures are counted whenever they happen;
 * every {@code logonFailuresBeforePinReset}-th asks for the PIN to be replaced, and the
 * {@code maxLogonAttempts}-th locks the PIN for {@link LockReason#FAILURES}. A success ends the sequence.
 * With the defaults 5 / 15: reset at 5, reset at 10, locked at 15. Immutable and thread-safe.
 */
public final class ResetThenLockLockout extends Lockout {

    private final int logonFailuresBeforePinReset;
    private final int maxLogonAttempts;

    /**
     * @param logonFailuresBeforePinReset consecutive failures between automatic PIN resets; 0 turns resets off;
     *                                    at least 0 and below {@code maxLogonAttempts}, or resets would never
     *                                    happen before the lock
     * @param maxLogonAttempts            consecutive failures that lock the PIN; at least 1
     * @throws IllegalArgumentException naming the field when a value is out of range
     */
    public ResetThenLockLockout(int logonFailuresBeforePinReset, int maxLogonAttempts) {
        if (maxLogonAttempts < 1) {
            throw new IllegalArgumentException("maxLogonAttempts must be at least 1, was " + maxLogonAttempts);
        }
        if (logonFailuresBeforePinReset < 0 || logonFailuresBeforePinReset >= maxLogonAttempts) {
            throw new IllegalArgumentException("logonFailuresBeforePinReset must be at least 0 and less than maxLogonAttempts ("
                    + maxLogonAttempts + "), was " + logonFailuresBeforePinReset);
        }
        this.logonFailuresBeforePinReset = logonFailuresBeforePinReset;
        this.maxLogonAttempts = maxLogonAttempts;
    }

    public int logonFailuresBeforePinReset() {
        return logonFailuresBeforePinReset;
    }

    public int maxLogonAttempts() {
        return maxLogonAttempts;
    }

    @Override
    Transition countFailure(LockoutState admitted, Instant now) {
        int consecutive = admitted.consecutiveFailures() + 1;
        LockoutState counted = admitted.withConsecutiveFailures(consecutive).withLastFailure(now);
        // Locking wins over a reset due at the same count: a new PIN would be useless on a locked mailbox.
        if (consecutive >= maxLogonAttempts) {
            return new Transition(counted.withLock(LockReason.FAILURES, null), Outcome.LOCKED);
        }
        if (logonFailuresBeforePinReset > 0 && consecutive % logonFailuresBeforePinReset == 0) {
            return new Transition(counted, Outcome.PIN_RESET);
        }
        return new Transition(counted, Outcome.COUNTED);
    }

    @Override
    LockoutState countSuccess(LockoutState admitted) {
        return admitted.withConsecutiveFailures(0);
    }

    @Override
    public String toString() {
        return "ResetThenLockLockout[logonFailuresBeforePinReset=" + logonFailuresBeforePinReset
                + ", maxLogonAttempts=" + maxLogonAttempts + "]";
    }
}
