package dev.keypad.cli.account;

import dev.keypad.cli.CommandGroup;
import dev.keypad.cli.output.Columns;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "account",
    description = "API and console accounts and their roles (administrator, helpdesk, auditor, gateway): list, add, remove, unblock.",
    subcommands = {AccountListCommand.class, AccountAddCommand.class, AccountRemoveCommand.class, AccountUnblockCommand.class},
    footer = {"%nExamples:", "  keypad account list", "  keypad account add pbx-gateway --role gateway"})
public final class AccountCommand extends CommandGroup {

    static final Columns COLUMNS = Columns.of(List.of("name", "role", "createdAt"));
}
