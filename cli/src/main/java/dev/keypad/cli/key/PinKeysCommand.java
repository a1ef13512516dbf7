package dev.keypad.cli.key;

import dev.keypad.cli.CommandGroup;
import picocli.CommandLine.Command;

@Command(name = "pin-keys",
    description = "The secret keys every PIN hash is keyed with, kept outside the database: rotate.",
    subcommands = {PinKeysRotateCommand.class},
    footer = {"%nExamples:", "  keypad pin-keys rotate"})
public final class PinKeysCommand extends CommandGroup {
}
