package dev.keypad.console;

import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import dev.keypad.policy.Purpose;

/**
 * A numeric setting of a PIN policy as the policy page labels and explains it (SPEC §3).
 *
 * @param name the field name, as in {@link PolicyForm} and the API
 */
record PolicySetting(String name, String label, String hint) {

    /** The numeric settings that apply to a purpose, in the order shown. */
    static List<PolicySetting> of(Purpose purpose) {
        boolean voicemail = purpose == Purpose.VOICEMAIL;
        boolean conference = purpose == Purpose.CONFERENCE;
        List<PolicySetting> common = List.of(
                new PolicySetting("minLength", "Minimum length", "Fewest digits a PIN may have: 4 to " + (conference ? 12 : 24) + "."),
                new PolicySetting("generatedLength", "Length of generated PINs",
                        "From the minimum length to " + (conference ? 12 : 24) + "."),
                new PolicySetting("historyCount", "Previous PINs remembered", voicemail
                        ? "A user may not reuse this many previous PINs: 1 to 20 (voice mail history cannot be off)."
                        : "A user may not reuse this many previous PINs: 0 (off) to 20."),
                new PolicySetting("lifetimeDays", "Lifetime in days", "0 means PINs never expire; at most 999."
                        + (purpose == Purpose.PHONE ? " A lifetime needs previous PINs remembered." : "")));
        List<PolicySetting> limits = voicemail
                ? List.of(new PolicySetting("logonFailuresBeforePinReset", "Failures before the PIN is reset",
                                "0 (off) to 999, fewer than the failures before a lock; the new PIN is mailed to the user."),
                        new PolicySetting("maxLogonAttempts", "Failures before the PIN is locked",
                                "1 to 999 failures in a row; then only an administrator can unlock it."))
                : List.of(new PolicySetting("maximumLogonAttempts", "Failures before a temporary lockout",
                        "1 to 999, or auto for the limits by PIN length (10 for 4 digits, 25 for 5 or more)."));
        return Stream.concat(common.stream(), limits.stream()).toList();
    }

    /**
     * A message of the policy feature, which names settings as the API does ({@code minLength}), in
     * the words of the page's labels: "Minimum length must be between 4 and 24 …".
     */
    static String inWords(String message) {
        String words = message;
        for (Purpose purpose : Purpose.values()) {
            for (PolicySetting setting : of(purpose)) {
                String label = Character.toLowerCase(setting.label().charAt(0)) + setting.label().substring(1);
                words = words.replaceAll("\\b" + setting.name() + "\\b", Matcher.quoteReplacement(label));
            }
        }
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
