package dev.keypad.cli.conferencing;

import dev.keypad.cli.CommandGroup;
import picocli.CommandLine.Command;

@Command(name = "conferencing",
    description = "Audio conferencing: the tenant settings, which apply to every user.",
    subcommands = {ConferencingSettingsCommand.class},
    footer = {"%nExamples:",
        "  keypad conferencing settings show",
        "  keypad conferencing settings set --auto-email false"})
public final class ConferencingCommand extends CommandGroup {
}
