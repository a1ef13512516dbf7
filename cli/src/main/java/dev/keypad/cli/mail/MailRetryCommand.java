package dev.keypad.cli.mail;

import java.util.Map;
import picocli.CommandLine.Command;

@Command(name = "retry",
    description = {"Tries queued or failed mails again now (POST /api/v1/mails/{id}/retry) and prints them.",
        "A sent or cancelled mail cannot be retried: it is reported as failed (exit 1 at the end; a lone id that"
            + " names no mail exits 3). Without --force, the first failure ends the command."},
    footer = {"%nExamples:",
        "  keypad mail retry 17",
        "  keypad mail retry 17 18 19 --what-if",
        "  keypad mail retry 17 18 19 --force -o jsonl",
        "  keypad mail list --status failed -o jsonl | keypad mail retry -"})
final class MailRetryCommand extends MailChangeCommand {

    @Override
    protected String verb() {
        return "retry";
    }

    @Override
    protected String action() {
        return "Retry";
    }

    @Override
    protected String refusal(MailId id, Map<String, Object> mail) {
        return switch (String.valueOf(mail.get("status"))) {
            case "sent" -> "mail " + id + " was sent at " + mail.get("sentAt") + ": there is nothing to retry";
            case "cancelled" -> "mail " + id + " is cancelled: it cannot be retried";
            default -> null;
        };
    }

    @Override
    protected String outcome(Map<String, Object> mail) {
        return "would be tried again now";
    }
}
