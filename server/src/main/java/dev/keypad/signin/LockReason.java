package dev.keypad.signin;

/**
 * Why a PIN is locked out, as reported in PIN info ({@code lockoutReason}, SPEC §4).
 */
public enum LockReason {

    /** An administrator locked the PIN; only an unlock (or a set with unlock) clears it. */
    ADMINISTRATOR("administrator"),

    /** The global limit (two-tier) or {@code maxLogonAttempts} (voicemail) was reached; lasts until unlocked or set. */
    FAILURES("failures"),

    /** The local limit was reached inside its window; ends by itself at {@link LockoutState#lockedUntil()}. */
    TEMPORARY("temporary");

    private final String code;

    LockReason(String code) {
        this.code = code;
    }

    /** The lower-case code used in the API, the CLI and the database, e.g. {@code temporary}. */
    public String code() {
        return code;
    }
}
