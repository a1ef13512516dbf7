package dev.keypad.signin;

/**
 * The two limits of the two-tier lockout (SPEC §4.1). Immutable.
 *
 * @param local  failures inside one window that lock the PIN for an hour; at least 1
 * @param global failures overall (until an unlock) that lock the PIN until an administrator unlocks it; at least 1
 */
public record LockoutLimits(int local, int global) {

    public LockoutLimits {
        if (local < 1) {
            throw new IllegalArgumentException("local lockout limit must be at least 1, was " + local);
        }
        if (global < 1) {
            throw new IllegalArgumentException("global lockout limit must be at least 1, was " + global);
        }
    }

    /**
     * The limits for a PIN of the given length: 4 digits → 10 / 100, 5 → 25 / 1000, 6 or more → 25 / 5000.
     * Longer PINs are harder to guess, so they tolerate more failures before the global lock.
     *
     * @param pinLength            number of digits of the PIN being protected; at least 4
     * @param maximumLogonAttempts the policy's {@code maximumLogonAttempts}, or null for "auto";
     *                             when set it replaces the local limit only
     * @throws IllegalArgumentException if {@code pinLength} is below 4 or {@code maximumLogonAttempts} below 1
     */
    public static LockoutLimits automatic(int pinLength, Integer maximumLogonAttempts) {
        if (pinLength < 4) {
            throw new IllegalArgumentException("a PIN has at least 4 digits, pinLength was " + pinLength);
        }
        int local = pinLength == 4 ? 10 : 25;
        int global = pinLength == 4 ? 100 : pinLength == 5 ? 1000 : 5000;
        if (maximumLogonAttempts != null) {
            if (maximumLogonAttempts < 1) {
                throw new IllegalArgumentException("maximumLogonAttempts must be at least 1, was " + maximumLogonAttempts);
            }
            local = maximumLogonAttempts;
        }
        return new LockoutLimits(local, global);
    }
}
