package dev.keypad.cli.mail;

import dev.keypad.cli.CommandGroup;
import dev.keypad.cli.output.Columns;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

@Command(name = "mail",
    description = {"The mail outbox, every mail Keypad sends: list, show, retry, cancel.",
        "A mail (a PIN set or reset, a welcome, a lockout notice) is queued with the change that caused it, then"
            + " delivered with retries. Never shows a mail's PIN; holdsPin says whether the outbox still keeps it,"
            + " encrypted."},
    subcommands = {MailListCommand.class, MailShowCommand.class, MailRetryCommand.class, MailCancelCommand.class},
    footer = {"%nExamples:",
        "  keypad mail list --status failed",
        "  keypad mail show 17",
        "  keypad mail retry 17 18"})
public final class MailCommand extends CommandGroup {

    /** A mail of docs/api.md: the table shows where it went and how delivery is going; CSV every field. */
    static final Columns COLUMNS = new Columns(
            List.of("id", "kind", "identity", "to", "status", "attempts", "queuedAt", "sentAt", "lastError"),
            List.of("id", "messageId", "kind", "identity", "to", "status", "attempts", "queuedAt", "nextAttemptAt",
                    "sentAt", "lastError", "holdsPin", "sendingUntil"));

    /** Page size when following cursors: the largest the server allows, for the fewest round trips. */
    static final int PAGE = 1000;

    static String path(MailId id) {
        return "/mails/" + id;
    }

    /** {@code pin-set to kenmyer@litwareinc.com, failed, 3 attempts}: what a question or a what-if names. */
    static String describe(Map<String, Object> mail) {
        Object attempts = mail.get("attempts");
        return mail.get("kind") + " to " + mail.get("to") + ", " + mail.get("status") + ", " + attempts
                + (Integer.valueOf(1).equals(attempts) ? " attempt" : " attempts");
    }
}
