package dev.keypad.mail;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.keypad.InvalidInputException;

/**
 * The mails Keypad sends (SPEC §5). Each has a template pair named by its {@link #code()}:
 * {@code <code>.txt} and {@code <code>.html}. A kind may carry one secret (a PIN, a sign-in link),
 * which the outbox keeps encrypted until the mail is sent and the templates get under the name
 * {@link #secret()}.
 */
public enum MailKind {

    /** An administrator set or reset the PIN; holds the PIN. */
    PIN_SET("pin-set", Secrets.PIN),
    /** A first PIN for a purpose; holds the PIN and the policy's {@code enabledText}. */
    WELCOME("welcome", Secrets.PIN),
    /** The voicemail PIN was replaced after failures; holds the new PIN and the policy's {@code resetPinText}. */
    PIN_RESET_AFTER_FAILURES("pin-reset-after-failures", Secrets.PIN),
    /** Failures locked the PIN: when, until when, and how to get help. No PIN. */
    LOCKOUT("lockout", null),
    /** The user's conference ID changed; the old one no longer works. No PIN. */
    CONFERENCE_ID_CHANGED("conference-id-changed", null),
    /** The user's conference ID, dial-in numbers and how to start a meeting, on request. No PIN. */
    CONFERENCE_INFO("conference-info", null),
    /** The user can no longer organize dial-in conferences. No PIN. */
    CONFERENCING_DISABLED("conferencing-disabled", null),
    /** A one-time link to the self-service pages, which the user asked for; holds the link. */
    SIGN_IN_LINK("sign-in-link", Secrets.LINK);

    private final String code;
    private final String secret;

    MailKind(String code, String secret) {
        this.code = code;
        this.secret = secret;
    }

    /** The template value names of the secrets mails carry. */
    static final class Secrets {
        static final String PIN = "pin";
        static final String LINK = "link";
        static final List<String> ALL = List.of(PIN, LINK);

        private Secrets() {
        }
    }

    /** The name in the API, the outbox and the template files, e.g. {@code pin-set}. */
    public String code() {
        return code;
    }

    /**
     * The template value name of the secret a mail of this kind carries, {@code pin} or {@code link};
     * null for a kind that carries none.
     */
    public String secret() {
        return secret;
    }

    /** @throws InvalidInputException naming {@code field} when no kind has this code */
    public static MailKind of(String code, String field) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "'" + code + "' is not a mail kind; use one of "
                        + String.join(", ", Arrays.stream(values()).map(MailKind::code).toList())));
    }
}
