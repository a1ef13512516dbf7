package dev.keypad.cli.conferencing;

import dev.keypad.cli.CommandGroup;
import dev.keypad.cli.output.Columns;
import java.util.ArrayList;
import java.util.Map;
import picocli.CommandLine.Command;

@Command(name = "settings",
    description = {"The tenant settings (/api/v1/tenant-settings): show, set.",
        "automaticallySendEmailsToUsers decides the mails no operation asks for explicitly: a PIN set without"
            + " --send-email, the automatic voicemail reset, lockout notices."},
    subcommands = {ConferencingSettingsShowCommand.class, ConferencingSettingsSetCommand.class},
    footer = {"%nExamples:",
        "  keypad conferencing settings show -o json",
        "  keypad conferencing settings set --auto-email false --what-if"})
final class ConferencingSettingsCommand extends CommandGroup {

    static final String PATH = "/tenant-settings";

    /**
     * Every setting the server sends, in its order: settings join this resource over time (SPEC §6), and a table
     * of one row has room for them.
     */
    static Columns columns(Map<String, Object> settings) {
        return Columns.of(new ArrayList<>(settings.keySet()));
    }
}
