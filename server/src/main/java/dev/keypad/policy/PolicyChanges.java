package dev.keypad.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.keypad.InvalidInputException;

/**
 * The fields of a policy to change, as the API received them: a field that is absent stays, a
 * field given as {@code null} is set to null (for {@code maximumLogonAttempts}: "auto"). Immutable.
 */
public final class PolicyChanges {

    static final List<String> FIELDS = List.of("minLength", "generatedLength", "historyCount", "lifetimeDays",
            "allowCommonPatterns", "maximumLogonAttempts", "logonFailuresBeforePinReset", "maxLogonAttempts",
            "resetPinText", "enabledText");

    private final Map<String, Object> changes;

    private PolicyChanges(Map<String, Object> changes) {
        this.changes = changes;
    }

    /**
     * @throws InvalidInputException naming an unknown field or a value of the wrong type
     */
    public static PolicyChanges of(Map<String, ?> fields) {
        Map<String, Object> changes = new LinkedHashMap<>();
        fields.forEach((field, value) -> {
            if (!FIELDS.contains(field)) {
                throw new InvalidInputException(field, "'" + field + "' is not a policy field; the fields are " + FIELDS);
            }
            changes.put(field, checkedType(field, value));
        });
        return new PolicyChanges(changes);
    }

    public static PolicyChanges none() {
        return new PolicyChanges(Map.of());
    }

    /**
     * The policy with these changes, validated as a whole. A generated length that is not given
     * follows the minimum length where it must: it rises with it, and for phone PINs, where it is
     * "= minLength" by default, it stays equal to it.
     */
    public PinPolicy applyTo(PinPolicy p) {
        int minLength = integer("minLength", p.minLength());
        int generatedLength = integer("generatedLength", p.generatedLength());
        if (!changes.containsKey("generatedLength")
                && (generatedLength < minLength || (p.purpose() == Purpose.PHONE && p.generatedLength() == p.minLength()))) {
            generatedLength = Math.max(minLength, p.purpose() == Purpose.PHONE ? minLength : generatedLength);
        }
        return new PinPolicy(p.purpose(), minLength, generatedLength,
                integer("historyCount", p.historyCount()), integer("lifetimeDays", p.lifetimeDays()),
                (Boolean) changes.getOrDefault("allowCommonPatterns", p.allowCommonPatterns()),
                nullable("maximumLogonAttempts", p.maximumLogonAttempts()),
                nullable("logonFailuresBeforePinReset", p.logonFailuresBeforePinReset()),
                nullable("maxLogonAttempts", p.maxLogonAttempts()),
                (String) changes.getOrDefault("resetPinText", p.resetPinText()),
                (String) changes.getOrDefault("enabledText", p.enabledText()));
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    private int integer(String field, int current) {
        Object value = changes.getOrDefault(field, current);
        if (value == null) {
            throw new InvalidInputException(field, field + " cannot be null");
        }
        return (Integer) value;
    }

    private Integer nullable(String field, Integer current) {
        return changes.containsKey(field) ? (Integer) changes.get(field) : current;
    }

    private static Object checkedType(String field, Object value) {
        if (value == null) {
            return null;
        }
        boolean text = field.endsWith("Text");
        boolean flag = field.equals("allowCommonPatterns");
        if (text && value instanceof String) {
            return value;
        }
        if (flag && value instanceof Boolean) {
            return value;
        }
        if (!text && !flag && value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
                && Math.abs(number.doubleValue()) < 1_000_000) {
            return number.intValue();
        }
        throw new InvalidInputException(field, field + " must be " + (text ? "text" : flag ? "true or false" : "a whole number")
                + ", was " + value);
    }
}
