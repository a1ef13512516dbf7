package dev.keypad.pin;

import java.time.Duration;
import java.time.Instant;

import dev.keypad.policy.ScopedPolicy;
import dev.keypad.signin.LockReason;
import dev.keypad.signin.Lockout;
import dev.keypad.signin.Lockouts;

/**
 * The state of one user's PIN for one purpose (SPEC §4: the union of Get-CsClientPinInfo and
 * Get-UMMailboxPIN). Never holds the PIN or its hash. Field names are the API's.
 */
public record PinInfo(String identity, String purpose, boolean isPinSet, boolean isLockedOut, String lockoutReason,
                      Instant lockedOutUntil, Instant lastPinChangeTime, Instant pinExpirationTime, boolean isExpired,
                      boolean mustChange, boolean firstTimeUser, FailedAttempts failedAttempts, Instant lastFailureTime,
                      Instant lastSuccessTime, String policy) {

    /** The current failure counters: two-tier local and global (phone, conference), consecutive (voicemail). */
    public record FailedAttempts(int local, int global, int consecutive) {
    }

    public static PinInfo of(String identity, PinRecord pin, ScopedPolicy policy, Instant now) {
        Lockout lockout = Lockouts.of(policy.policy(), pin.length());
        LockReason reason = lockout.reason(pin.lockout(), now);
        Instant expires = expiration(pin, policy);
        var state = pin.lockout();
        return new PinInfo(identity, pin.purpose().jsonName(), pin.isSet(), reason != null,
                reason == null ? null : reason.code(), reason == LockReason.TEMPORARY ? state.lockedUntil() : null,
                pin.lastChange(), expires, expires != null && !now.isBefore(expires), pin.isSet() && pin.mustChange(),
                !pin.userChosen(), new FailedAttempts(state.localFailures(), state.globalFailures(), state.consecutiveFailures()),
                state.lastFailure(), state.lastSuccess(), policy.scope().text());
    }

    /** When a PIN expires under a policy: its last change plus the lifetime; null when it never does. */
    public static Instant expiration(PinRecord pin, ScopedPolicy policy) {
        int days = policy.policy().lifetimeDays();
        return !pin.isSet() || days == 0 || pin.lastChange() == null ? null : pin.lastChange().plus(Duration.ofDays(days));
    }
}
