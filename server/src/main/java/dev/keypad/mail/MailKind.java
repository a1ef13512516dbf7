package dev.keypad.mail;

import java.util.Arrays;
import java.util.Locale;

import dev.keypad.InvalidInputException;

/**
 * The mails Keypad sends (SPEC §5). Each has a template pair named by its {@link #code()}:
 * {@code <code>.txt} and {@code <code>.html}.
 */
public enum MailKind {

    /** An administrator set or reset the PIN; holds the PIN. */
    PIN_SET("pin-set", true),
    /** A first PIN for a purpose; holds the PIN and the policy's {@code enabledText}. */
    WELCOME("welcome", true),
    /** The voicemail PIN was replaced after failures; holds the new PIN and the policy's {@code resetPinText}. */
    PIN_RESET_AFTER_FAILURES("pin-reset-after-failures", true),
    /** Failures locked the PIN: when, until when, and how to get help. No PIN. */
    LOCKOUT("lockout", false),
    /** The user's conference ID changed; the old one no longer works. No PIN. */
    CONFERENCE_ID_CHANGED("conference-id-changed", false),
    /** The user's conference ID, dial-in numbers and how to start a meeting, on request. No PIN. */
    CONFERENCE_INFO("conference-info", false),
    /** The user can no longer organize dial-in conferences. No PIN. */
    CONFERENCING_DISABLED("conferencing-disabled", false);

    private final String code;
    private final boolean holdsPin;

    MailKind(String code, boolean holdsPin) {
        this.code = code;
        this.holdsPin = holdsPin;
    }

    /** The name in the API, the outbox and the template files, e.g. {@code pin-set}. */
    public String code() {
        return code;
    }

    /** Whether a mail of this kind carries a PIN, which the outbox then keeps encrypted until it is sent. */
    public boolean holdsPin() {
        return holdsPin;
    }

    /** @throws InvalidInputException naming {@code field} when no kind has this code */
    public static MailKind of(String code, String field) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "'" + code + "' is not a mail kind; use one of "
                        + String.join(", ", Arrays.stream(values()).map(MailKind::code).toList())));
    }
}
