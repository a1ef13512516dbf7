package dev.keypad.signin;

import dev.keypad.policy.PinPolicy;
import dev.keypad.policy.Purpose;

/** Which lockout model and limits apply to a PIN (SPEC §4.1, §4.2). */
public final class Lockouts {

    private Lockouts() {
    }

    /**
     * @param pinLength the PIN's length (the automatic two-tier limits depend on it), or null when
     *                  no PIN is set: the policy's minimum length stands in
     */
    public static Lockout of(PinPolicy policy, Integer pinLength) {
        if (policy.purpose() == Purpose.VOICEMAIL) {
            return new ResetThenLockLockout(policy.logonFailuresBeforePinReset(), policy.maxLogonAttempts());
        }
        int length = pinLength == null ? policy.minLength() : pinLength;
        return new TwoTierLockout(LockoutLimits.automatic(length, policy.maximumLogonAttempts()));
    }
}
