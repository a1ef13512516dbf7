package dev.keypad.signin;

/** How a sign-in ended (SPEC §4); {@link #code()} is the API's name. */
public enum SignInOutcome {
    ACCEPTED("accepted"),
    /** The right PIN, but the caller must choose a new one now. */
    ACCEPTED_MUST_CHANGE("accepted-must-change"),
    REJECTED("rejected"),
    /** Refused without checking the PIN, or locked by this very failure. */
    LOCKED("locked"),
    /** The right PIN, past its lifetime: the caller must choose a new one now. */
    EXPIRED("expired"),
    NO_PIN("no-pin");

    private final String code;

    SignInOutcome(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether the caller proved who they are (and may, or must, change the PIN). */
    public boolean provedIdentity() {
        return this == ACCEPTED || this == ACCEPTED_MUST_CHANGE || this == EXPIRED;
    }
}
