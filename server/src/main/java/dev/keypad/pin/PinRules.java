package dev.keypad.pin;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.keypad.policy.PinPolicy;
import dev.keypad.policy.Purpose;

/**
 * Decides whether a PIN is acceptable under a policy for a user (SPEC §3.1). Stateless and
 * thread-safe. Messages say what is wrong and which rule applies; they never contain the PIN or
 * the user's numbers, and no number in them has more than two digits, so none can be a PIN.
 */
public final class PinRules {

    /** Why a PIN was refused. {@link #code()} is the machine-readable name used in JSON. */
    public enum Reason {
        TOO_SHORT("too-short"),
        TOO_LONG("too-long"),
        NOT_DIGITS("not-digits"),
        ALL_ONE_DIGIT("all-one-digit"),
        PAIRED_RUNS("paired-runs"),
        SEQUENTIAL_RUN("sequential-run"),
        EXTENSION_OR_NUMBER("extension-or-number"),
        COMMON_PIN("common-pin"),
        RECENTLY_USED("history");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * One broken rule.
     *
     * @param reason  which rule
     * @param message what is wrong, for people; safe to show and to log
     */
    public record Violation(Reason reason, String message) {

        public Violation {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }

    private static final int SHORTEST_MATCHED_SUFFIX = 4;
    private static final int SHORTEST_RUN = 4;

    private PinRules() {
    }

    /**
     * Checks a PIN against a policy's length, pattern, blocklist and history rules.
     *
     * @param context the user's numbers and history; history is checked only when it has a predicate
     * @return every rule the PIN breaks, in the order of {@link Reason}; empty when it is acceptable
     */
    public static List<Violation> check(Pin pin, PinPolicy policy, PinContext context) {
        return check(pin, policy, context, !policy.allowCommonPatterns());
    }

    /**
     * Like {@link #check} but throws when the PIN is not acceptable.
     *
     * @throws InvalidPinException listing every violation, for field {@code pin}
     */
    public static void requireAcceptable(Pin pin, PinPolicy policy, PinContext context) {
        List<Violation> violations = check(pin, policy, context);
        if (!violations.isEmpty()) {
            throw new InvalidPinException(violations);
        }
    }

    /** {@code refusePatterns} true applies the pattern rules whatever the policy says, as for generated PINs. */
    static List<Violation> check(Pin pin, PinPolicy policy, PinContext context, boolean refusePatterns) {
        Objects.requireNonNull(pin, "pin");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(context, "context");
        String digits = pin.reveal();
        List<Violation> violations = new ArrayList<>();
        if (digits.length() < policy.minLength()) {
            violations.add(new Violation(Reason.TOO_SHORT,
                    "The PIN must have at least " + policy.minLength() + " digits"));
        }
        if (digits.length() > policy.maxLength()) {
            violations.add(new Violation(Reason.TOO_LONG,
                    "The PIN must have at most " + policy.maxLength() + " digits"));
        }
        if (refusePatterns) {
            addPatternViolations(digits, violations);
        }
        if ((refusePatterns || policy.purpose() == Purpose.VOICEMAIL) && isUsersNumber(digits, context)) {
            violations.add(new Violation(Reason.EXTENSION_OR_NUMBER, "The PIN must not be the user's extension"
                    + " or phone number, the last four or more of their digits, or any of these reversed"));
        }
        if (refusePatterns && CommonPins.contains(pin)) {
            violations.add(new Violation(Reason.COMMON_PIN,
                    "The PIN is one of the most commonly chosen PINs or looks like a year"));
        }
        if (context.recentlyUsed() != null && context.recentlyUsed().test(pin)) {
            violations.add(new Violation(Reason.RECENTLY_USED, historyMessage(policy.historyCount())));
        }
        return List.copyOf(violations);
    }

    private static void addPatternViolations(String digits, List<Violation> violations) {
        int runs = countRunsOfAtLeastTwo(digits);
        if (runs == 1) {
            violations.add(new Violation(Reason.ALL_ONE_DIGIT, "The PIN must not repeat a single digit"));
        } else if (runs > 1) {
            violations.add(new Violation(Reason.PAIRED_RUNS,
                    "The PIN must not consist only of pairs or longer runs of the same digit"));
        }
        if (hasSequentialRun(digits)) {
            violations.add(new Violation(Reason.SEQUENTIAL_RUN,
                    "The PIN contains four or more consecutive ascending or descending digits"));
        }
    }

    /**
     * The number of runs of identical digits when every run is at least two long, else 0:
     * 8888 has one run, 225577 three, 22557 none.
     */
    private static int countRunsOfAtLeastTwo(String digits) {
        int runs = 0;
        int start = 0;
        while (start < digits.length()) {
            int end = start;
            while (end < digits.length() && digits.charAt(end) == digits.charAt(start)) {
                end++;
            }
            if (end - start < 2) {
                return 0;
            }
            runs++;
            start = end;
        }
        return runs;
    }

    /** Four or more digits each one above (or below) the one before; 9 is not followed by 0. */
    private static boolean hasSequentialRun(String digits) {
        int ascending = 1;
        int descending = 1;
        for (int i = 1; i < digits.length(); i++) {
            int step = digits.charAt(i) - digits.charAt(i - 1);
            ascending = step == 1 ? ascending + 1 : 1;
            descending = step == -1 ? descending + 1 : 1;
            if (ascending >= SHORTEST_RUN || descending >= SHORTEST_RUN) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUsersNumber(String digits, PinContext context) {
        String reversed = new StringBuilder(digits).reverse().toString();
        for (String number : new String[] {context.extension(), context.lineNumber()}) {
            if (number != null && (isNumberOrSuffix(digits, number) || isNumberOrSuffix(reversed, number))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumberOrSuffix(String digits, String number) {
        return digits.equals(number) || digits.length() >= SHORTEST_MATCHED_SUFFIX && number.endsWith(digits);
    }

    private static String historyMessage(int historyCount) {
        if (historyCount == 1) {
            return "The PIN must differ from the previous PIN";
        }
        if (historyCount > 1) {
            return "The PIN must differ from each of the last " + historyCount + " PINs";
        }
        return "The PIN must differ from the PINs used recently";
    }
}
