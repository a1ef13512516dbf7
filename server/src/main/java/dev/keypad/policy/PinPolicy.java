package dev.keypad.policy;

import dev.keypad.InvalidInputException;

/**
 * The rules for the PINs of one purpose in one scope, validated on construction. Immutable.
 * Field names are the JSON names; every rejection is an {@link InvalidInputException} naming the
 * field, the allowed range or rule, and the value given.
 *
 * <p>Fields that do not apply to a purpose are {@code null}: {@code maximumLogonAttempts} for
 * voicemail; {@code logonFailuresBeforePinReset}, {@code maxLogonAttempts}, {@code resetPinText}
 * and {@code enabledText} for phone and conference. The two texts are never {@code null} for
 * voicemail ({@code ""} means no text); for other purposes an empty text is stored as {@code null}.
 *
 * @param purpose                     the purpose the policy governs
 * @param minLength                   fewest digits a PIN may have: 4–24, for conference 4–12
 * @param generatedLength             digits of a generated PIN: from minLength to {@link #maxLength()}
 * @param historyCount                how many previous PINs a user may not reuse: 0–20, for voicemail 1–20
 * @param lifetimeDays                days until a PIN expires after its last change: 0 (never) to 999
 * @param allowCommonPatterns         whether repeated digits, runs, the user's numbers and the
 *                                    blocklist are allowed (voicemail PINs never may be the user's numbers)
 * @param maximumLogonAttempts        phone and conference: local failure limit 1–999, null for the
 *                                    automatic limits by PIN length
 * @param logonFailuresBeforePinReset voicemail: consecutive failures that reset the PIN, 0 (off) to 999
 * @param maxLogonAttempts            voicemail: consecutive failures that lock the PIN, 1–999
 * @param resetPinText                voicemail: appended to the mail of an automatic reset, at most 512 characters
 * @param enabledText                 voicemail: appended to the welcome mail, at most 512 characters
 */
public record PinPolicy(Purpose purpose, int minLength, int generatedLength, int historyCount, int lifetimeDays,
                        boolean allowCommonPatterns, Integer maximumLogonAttempts,
                        Integer logonFailuresBeforePinReset, Integer maxLogonAttempts,
                        String resetPinText, String enabledText) {

    /** The longest PIN of any purpose but conference. */
    public static final int MAX_LENGTH = 24;
    /** The longest conference (organizer) PIN. */
    public static final int MAX_CONFERENCE_LENGTH = 12;
    public static final int MIN_LENGTH = 4;
    public static final int MAX_HISTORY = 20;
    public static final int MAX_DAYS = 999;
    public static final int MAX_ATTEMPTS = 999;
    public static final int MAX_TEXT_LENGTH = 512;

    public PinPolicy {
        if (purpose == null) {
            throw new InvalidInputException("purpose", "purpose is required: one of phone, voicemail, conference");
        }
        String pins = " for " + purpose.jsonName() + " PINs";
        int maxLength = maxLengthOf(purpose);
        requireRange("minLength", minLength, MIN_LENGTH, maxLength, pins);
        if (generatedLength < minLength || generatedLength > maxLength) {
            throw new InvalidInputException("generatedLength", "generatedLength must be between minLength ("
                    + minLength + ") and " + maxLength + pins + ", was " + generatedLength);
        }
        boolean voicemail = purpose == Purpose.VOICEMAIL;
        requireRange("historyCount", historyCount, voicemail ? 1 : 0, MAX_HISTORY,
                voicemail ? pins + " (voicemail PIN history cannot be turned off)" : pins);
        requireRange("lifetimeDays", lifetimeDays, 0, MAX_DAYS, " (0 = never expires)");
        if (purpose == Purpose.PHONE && lifetimeDays > 0 && historyCount == 0) {
            throw new InvalidInputException("lifetimeDays", "lifetimeDays above 0 requires historyCount above 0"
                    + pins + ", or an expired PIN could be set again unchanged; lifetimeDays was "
                    + lifetimeDays + ", historyCount " + historyCount);
        }
        if (voicemail) {
            requireVoicemailLimits(maximumLogonAttempts, logonFailuresBeforePinReset, maxLogonAttempts);
        } else {
            requireTwoTierLimits(purpose, maximumLogonAttempts, logonFailuresBeforePinReset, maxLogonAttempts);
        }
        resetPinText = text("resetPinText", resetPinText, purpose);
        enabledText = text("enabledText", enabledText, purpose);
    }

    /** The policy of a purpose as Keypad ships it, and as a removed global policy becomes again. */
    public static PinPolicy defaults(Purpose purpose) {
        return switch (purpose) {
            case PHONE -> new PinPolicy(purpose, 5, 5, 0, 0, false, null, null, null, null, null);
            case VOICEMAIL -> new PinPolicy(purpose, 6, 6, 5, 60, false, null, 5, 15, "", "");
            case CONFERENCE -> new PinPolicy(purpose, 4, 5, 0, 0, false, null, null, null, null, null);
        };
    }

    /** The most digits a PIN of this policy's purpose may have: 24, or 12 for conference PINs. */
    public int maxLength() {
        return maxLengthOf(purpose);
    }

    private static int maxLengthOf(Purpose purpose) {
        return purpose == Purpose.CONFERENCE ? MAX_CONFERENCE_LENGTH : MAX_LENGTH;
    }

    private static void requireTwoTierLimits(Purpose purpose, Integer maximumLogonAttempts,
                                             Integer logonFailuresBeforePinReset, Integer maxLogonAttempts) {
        if (maximumLogonAttempts != null && (maximumLogonAttempts < 1 || maximumLogonAttempts > MAX_ATTEMPTS)) {
            throw new InvalidInputException("maximumLogonAttempts", "maximumLogonAttempts must be between 1 and "
                    + MAX_ATTEMPTS + ", or auto (null) for the limits by PIN length, was " + maximumLogonAttempts);
        }
        String useInstead = " applies only to voicemail PINs; " + purpose.jsonName()
                + " PINs use maximumLogonAttempts (null = auto); was ";
        if (logonFailuresBeforePinReset != null) {
            throw new InvalidInputException("logonFailuresBeforePinReset",
                    "logonFailuresBeforePinReset" + useInstead + logonFailuresBeforePinReset);
        }
        if (maxLogonAttempts != null) {
            throw new InvalidInputException("maxLogonAttempts", "maxLogonAttempts" + useInstead + maxLogonAttempts);
        }
    }

    private static void requireVoicemailLimits(Integer maximumLogonAttempts, Integer logonFailuresBeforePinReset,
                                               Integer maxLogonAttempts) {
        if (maximumLogonAttempts != null) {
            throw new InvalidInputException("maximumLogonAttempts", "maximumLogonAttempts applies only to phone and"
                    + " conference PINs; voicemail PINs use logonFailuresBeforePinReset and maxLogonAttempts; was "
                    + maximumLogonAttempts);
        }
        if (logonFailuresBeforePinReset == null) {
            throw new InvalidInputException("logonFailuresBeforePinReset",
                    "logonFailuresBeforePinReset is required for voicemail PINs: 0 (off) to " + MAX_ATTEMPTS);
        }
        requireRange("logonFailuresBeforePinReset", logonFailuresBeforePinReset, 0, MAX_ATTEMPTS, " (0 = off)");
        if (maxLogonAttempts == null) {
            throw new InvalidInputException("maxLogonAttempts",
                    "maxLogonAttempts is required for voicemail PINs: 1 to " + MAX_ATTEMPTS);
        }
        requireRange("maxLogonAttempts", maxLogonAttempts, 1, MAX_ATTEMPTS, "");
        if (logonFailuresBeforePinReset != 0 && logonFailuresBeforePinReset >= maxLogonAttempts) {
            throw new InvalidInputException("logonFailuresBeforePinReset",
                    "logonFailuresBeforePinReset must be less than maxLogonAttempts (" + maxLogonAttempts
                            + "), or 0 to turn the automatic reset off, was " + logonFailuresBeforePinReset);
        }
    }

    private static String text(String field, String text, Purpose purpose) {
        if (purpose != Purpose.VOICEMAIL) {
            if (text != null && !text.isEmpty()) {
                throw new InvalidInputException(field, field + " applies only to voicemail PINs and must be empty for "
                        + purpose.jsonName() + " PINs; was " + text.length() + " characters long");
            }
            return null;
        }
        if (text == null) {
            return "";
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidInputException(field, field + " must have at most " + MAX_TEXT_LENGTH
                    + " characters, had " + text.length());
        }
        return text;
    }

    private static void requireRange(String field, int value, int min, int max, String qualifier) {
        if (value < min || value > max) {
            throw new InvalidInputException(field, field + " must be between " + min + " and " + max + qualifier
                    + ", was " + value);
        }
    }
}
