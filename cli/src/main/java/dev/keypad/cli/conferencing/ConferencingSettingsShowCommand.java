package dev.keypad.cli.conferencing;

import dev.keypad.cli.ExitCodes;
import dev.keypad.cli.KeypadSubcommand;
import java.util.Map;
import picocli.CommandLine.Command;

@Command(name = "show",
    description = {"Shows the tenant settings (GET /api/v1/tenant-settings), such as"
        + " automaticallySendEmailsToUsers."},
    footer = {"%nExamples:",
        "  keypad conferencing settings show",
        "  keypad conferencing settings show -o json"})
final class ConferencingSettingsShowCommand extends KeypadSubcommand {

    @Override
    protected int run() {
        Map<String, Object> settings = client().get(ConferencingSettingsCommand.PATH, Map.of());
        print(ConferencingSettingsCommand.columns(settings), settings);
        return ExitCodes.SUCCESS;
    }
}
