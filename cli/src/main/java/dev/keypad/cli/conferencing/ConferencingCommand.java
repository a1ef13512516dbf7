package dev.keypad.cli.conferencing;

import dev.keypad.cli.CommandGroup;
import picocli.CommandLine.Command;

@Command(name = "conferencing",
    description = "Audio conferencing: the tenant settings, which apply to every user, and the users enabled for it.",
    subcommands = {ConferencingSettingsCommand.class, ConferencingUserCommand.class},
    footer = {"%nExamples:",
        "  keypad conferencing settings show",
        "  keypad conferencing settings set --auto-email false",
        "  keypad conferencing user enable kenmyer@litwareinc.com",
        "  keypad conferencing user set kenmyer@litwareinc.com --reset-leader-pin"})
public final class ConferencingCommand extends CommandGroup {
}
