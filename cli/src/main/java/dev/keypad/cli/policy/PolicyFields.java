package dev.keypad.cli.policy;

import dev.keypad.cli.BadInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The policy fields that 'policy new' and 'policy set' send: only those given, so the others stay as they are. */
final class PolicyFields {

    @Option(names = "--min-length", paramLabel = "N", description = "Shortest PIN allowed (4-24).")
    private Integer minLength;

    @Option(names = "--generated-length", paramLabel = "N", description = "Length of generated PINs (>= min length).")
    private Integer generatedLength;

    @Option(names = "--history-count", paramLabel = "N", description = "How many earlier PINs a new one may not repeat.")
    private Integer historyCount;

    @Option(names = "--lifetime-days", paramLabel = "N", description = "Days until a PIN expires; 0: never.")
    private Integer lifetimeDays;

    @Option(names = "--allow-common-patterns", paramLabel = "true|false", arity = "1",
            description = "Allow PINs such as 1234, 8888 or 112233.")
    private Boolean allowCommonPatterns;

    @Option(names = "--maximum-logon-attempts", paramLabel = "N|auto",
            description = "Phone and conference: local failure limit; auto derives it from the PIN length.")
    private String maximumLogonAttempts;

    @Option(names = "--logon-failures-before-pin-reset", paramLabel = "N",
            description = "Voicemail: consecutive failures before the PIN is reset and mailed; 0: never.")
    private Integer logonFailuresBeforePinReset;

    @Option(names = "--max-logon-attempts", paramLabel = "N",
            description = "Voicemail: consecutive failures before the PIN is locked.")
    private Integer maxLogonAttempts;

    @Option(names = "--reset-pin-text", paramLabel = "TEXT", description = "Voicemail: text added to reset mails.")
    private String resetPinText;

    @Option(names = "--enabled-text", paramLabel = "TEXT", description = "Voicemail: text added to welcome mails.")
    private String enabledText;

    /**
     * The given fields by their JSON names; {@code maximumLogonAttempts} is null for {@code auto}, absent when
     * not given. Ranges are the server's to check, with a message naming the field.
     *
     * @throws BadInputException when --maximum-logon-attempts is neither a number nor auto
     */
    Map<String, Object> given() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("minLength", minLength);
        fields.put("generatedLength", generatedLength);
        fields.put("historyCount", historyCount);
        fields.put("lifetimeDays", lifetimeDays);
        fields.put("allowCommonPatterns", allowCommonPatterns);
        fields.put("logonFailuresBeforePinReset", logonFailuresBeforePinReset);
        fields.put("maxLogonAttempts", maxLogonAttempts);
        fields.put("resetPinText", resetPinText);
        fields.put("enabledText", enabledText);
        fields.values().removeIf(value -> value == null);
        if (maximumLogonAttempts != null) {
            fields.put("maximumLogonAttempts", attempts(maximumLogonAttempts));
        }
        return fields;
    }

    private static Integer attempts(String text) {
        if (text.strip().equalsIgnoreCase("auto")) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException("--maximum-logon-attempts '" + text + "' is neither a number nor auto");
        }
    }
}
