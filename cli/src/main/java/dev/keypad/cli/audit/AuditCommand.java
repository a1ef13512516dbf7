package dev.keypad.cli.audit;

import dev.keypad.cli.CommandGroup;
import picocli.CommandLine.Command;

@Command(name = "audit",
    description = "The audit log of every administrative action and sign-in: list, verify.",
    subcommands = {AuditListCommand.class, AuditVerifyCommand.class},
    footer = {"%nExamples:", "  keypad audit list --since 2026-11-01T00:00:00Z", "  keypad audit verify"})
public final class AuditCommand extends CommandGroup {
}
