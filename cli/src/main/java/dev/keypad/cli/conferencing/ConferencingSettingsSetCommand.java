package dev.keypad.cli.conferencing;

import dev.keypad.cli.BadInputException;
import dev.keypad.cli.ExitCodes;
import dev.keypad.cli.MutatingCommand;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "set",
    description = {"Changes the given tenant settings (PATCH /api/v1/tenant-settings) and prints the settings."
        + " Settings not given stay as they are.",
        "--auto-email false stops the mails no operation asks for explicitly: a PIN set without --send-email, the"
            + " automatic voicemail reset, lockout notices. An explicit --send-email or --email-to still sends.",
        "--pin-length sets the length of conference (leader) PINs generated from now on; existing PINs keep"
            + " theirs. It is the global conference policy's generatedLength. --allow-pstn-only-by-default is copied"
            + " into users enabled for conferencing from now on; users enabled before keep theirs."},
    footer = {"%nExamples:",
        "  keypad conferencing settings set --auto-email false",
        "  keypad conferencing settings set --auto-email true --what-if",
        "  keypad conferencing settings set --pin-length 6",
        "  keypad conferencing settings set --allow-pstn-only-by-default false"})
final class ConferencingSettingsSetCommand extends MutatingCommand {

    @Option(names = "--auto-email", paramLabel = "true|false", arity = "1",
            description = "Send mails automatically (automaticallySendEmailsToUsers).")
    private Boolean autoEmail;

    @Option(names = "--pin-length", paramLabel = "N",
            description = "Length of generated conference PINs, 4-12 (pinLength).")
    private Integer pinLength;

    @Option(names = "--allow-pstn-only-by-default", paramLabel = "true|false", arity = "1",
            description = "Let the first caller start a user's meeting without a PIN, for users enabled from now on"
                    + " (allowPstnOnlyMeetingsByDefault).")
    private Boolean allowPstnOnlyByDefault;

    @Override
    protected int mutate() {
        Map<String, Object> changes = given();
        if (changes.isEmpty()) {
            throw new BadInputException("nothing to change: give at least one setting option, such as --auto-email");
        }
        String path = ConferencingSettingsCommand.PATH;
        // what changes, from what, is worth a GET only when someone reads it
        if (whatIf() || confirm()) {
            String change = describe(client().get(path, Map.of()), changes);
            if (!proceed("Change the tenant settings (" + change + ")?", "PATCH", uri(path), changes)) {
                if (whatIf()) {
                    out().println(change);
                }
                return ExitCodes.SUCCESS;
            }
        }
        Map<String, Object> settings = client().send("PATCH", path, changes);
        print(ConferencingSettingsCommand.columns(settings), settings);
        return ExitCodes.SUCCESS;
    }

    /** The given settings by their JSON names; settings not given are absent. */
    private Map<String, Object> given() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("automaticallySendEmailsToUsers", autoEmail);
        settings.put("pinLength", pinLength);
        settings.put("allowPstnOnlyMeetingsByDefault", allowPstnOnlyByDefault);
        settings.values().removeIf(Objects::isNull);
        return settings;
    }

    /** {@code automaticallySendEmailsToUsers true -> false}, one setting after the other. */
    private static String describe(Map<String, Object> current, Map<String, Object> changes) {
        return changes.entrySet().stream()
                .map(change -> {
                    Object now = current.get(change.getKey());
                    return change.getKey() + " " + (Objects.equals(now, change.getValue())
                            ? "stays " + now
                            : now + " -> " + change.getValue());
                })
                .collect(Collectors.joining(", "));
    }
}
