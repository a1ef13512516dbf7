package dev.keypad.pin;

import java.util.List;

import dev.keypad.mail.MailNote;

/**
 * What a PIN operation did to one target.
 *
 * @param outcome    {@code changed}, {@code unchanged}, {@code would-change} or {@code failed}
 * @param pin        the generated PIN, only in the answer of the call that generated it; else null
 * @param problem    the problem type of a failure (e.g. {@code not-found}), or null
 * @param violations the broken PIN rules of a failure, or null
 * @param mail       what became of the user's mail, for operations that send one; else null
 */
public record PinResult(String identity, String purpose, String outcome, String pin, String detail, String problem,
                        List<Broken> violations, MailNote mail) {

    /** A result without mail. */
    public PinResult(String identity, String purpose, String outcome, String pin, String detail, String problem,
                     List<Broken> violations) {
        this(identity, purpose, outcome, pin, detail, problem, violations, null);
    }

    PinResult withMail(MailNote note) {
        return new PinResult(identity, purpose, outcome, pin, detail, problem, violations, note);
    }

    /** The same result as a what-if run reports it: would change, and no PIN. */
    PinResult wouldBe() {
        return outcome.equals(CHANGED) ? new PinResult(identity, purpose, WOULD_CHANGE, null, detail, null, null, mail) : this;
    }

    /**
     * A broken PIN rule as the API shows it.
     *
     * @param code the machine-readable reason, e.g. {@code sequential-run}
     */
    public record Broken(String code, String message) {

        public static List<Broken> of(List<PinRules.Violation> violations) {
            return violations.stream().map(v -> new Broken(v.reason().code(), v.message())).toList();
        }
    }

    public static final String CHANGED = "changed";
    public static final String UNCHANGED = "unchanged";
    public static final String WOULD_CHANGE = "would-change";
    public static final String FAILED = "failed";

    /** Keeps a generated PIN out of logs and messages. */
    @Override
    public String toString() {
        return "PinResult[identity=" + identity + ", purpose=" + purpose + ", outcome=" + outcome
                + (pin == null ? "" : ", pin=*****") + ", detail=" + detail + (mail == null ? "" : ", mail=" + mail.status()) + "]";
    }
}
