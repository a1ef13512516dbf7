package dev.keypad.console;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.validation.Errors;

import dev.keypad.policy.PinPolicy;
import dev.keypad.policy.Purpose;

/**
 * The policy form: every setting as typed, so a page with errors shows it again. Field names are
 * those of {@link dev.keypad.policy.PolicyChanges}, so the field a rejection names is the field
 * of this form.
 *
 * @param tag                  a new policy only: the tag name, without {@code tag:}
 * @param allowCommonPatterns  null (an unticked box) is false
 * @param maximumLogonAttempts a number, or {@code auto} (or blank) for the limits by PIN length
 */
record PolicyForm(String tag, String minLength, String generatedLength, String historyCount, String lifetimeDays,
                  Boolean allowCommonPatterns, String maximumLogonAttempts, String logonFailuresBeforePinReset,
                  String maxLogonAttempts, String resetPinText, String enabledText) {

    static final String AUTO = "auto";

    static PolicyForm of(PinPolicy policy) {
        return new PolicyForm("", text(policy.minLength()), text(policy.generatedLength()), text(policy.historyCount()),
                text(policy.lifetimeDays()), policy.allowCommonPatterns(),
                policy.maximumLogonAttempts() == null ? AUTO : text(policy.maximumLogonAttempts()),
                text(policy.logonFailuresBeforePinReset()), text(policy.maxLogonAttempts()),
                policy.resetPinText(), policy.enabledText());
    }

    /**
     * The settings that apply to the purpose, as {@code PolicyChanges} takes them; a setting that is
     * not a whole number is rejected on {@code errors} instead.
     */
    Map<String, Object> changes(Purpose purpose, Errors errors) {
        Map<String, Object> changes = new LinkedHashMap<>();
        number(changes, errors, "minLength", minLength);
        number(changes, errors, "generatedLength", generatedLength);
        number(changes, errors, "historyCount", historyCount);
        number(changes, errors, "lifetimeDays", lifetimeDays);
        changes.put("allowCommonPatterns", Boolean.TRUE.equals(allowCommonPatterns));
        if (purpose == Purpose.VOICEMAIL) {
            number(changes, errors, "logonFailuresBeforePinReset", logonFailuresBeforePinReset);
            number(changes, errors, "maxLogonAttempts", maxLogonAttempts);
            changes.put("resetPinText", resetPinText == null ? "" : resetPinText);
            changes.put("enabledText", enabledText == null ? "" : enabledText);
        } else if (maximumLogonAttempts == null || maximumLogonAttempts.isBlank()
                || maximumLogonAttempts.strip().equalsIgnoreCase(AUTO)) {
            changes.put("maximumLogonAttempts", null);
        } else {
            number(changes, errors, "maximumLogonAttempts", maximumLogonAttempts);
        }
        return changes;
    }

    private static void number(Map<String, Object> changes, Errors errors, String field, String typed) {
        String text = typed == null ? "" : typed.strip();
        if (!text.matches("-?\\d{1,6}")) {
            errors.rejectValue(field, "number", PolicySetting.inWords(field + " must be a whole number"
                    + (field.equals("maximumLogonAttempts") ? " or auto" : "") + (text.isEmpty() ? ", and is empty" : ", was '" + text + "'")));
            return;
        }
        changes.put(field, Integer.parseInt(text));
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }
}
