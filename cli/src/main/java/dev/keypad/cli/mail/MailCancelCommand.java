package dev.keypad.cli.mail;

import java.util.Map;
import picocli.CommandLine.Command;

@Command(name = "cancel",
    description = {"Cancels queued or failed mails (POST /api/v1/mails/{id}/cancel): they will not be sent, and the"
        + " PIN the outbox holds for them is erased. Prints the mails.",
        "A sent mail, or one cancelled already, is reported as failed (exit 1 at the end; a lone id that names no"
            + " mail exits 3). Without --force, the first failure ends the command."},
    footer = {"%nExamples:",
        "  keypad mail cancel 17",
        "  keypad mail cancel 17 --what-if",
        "  keypad mail cancel 17 18 --confirm"})
final class MailCancelCommand extends MailChangeCommand {

    @Override
    protected String verb() {
        return "cancel";
    }

    @Override
    protected String action() {
        return "Cancel";
    }

    @Override
    protected String refusal(MailId id, Map<String, Object> mail) {
        return switch (String.valueOf(mail.get("status"))) {
            case "sent" -> "mail " + id + " was sent at " + mail.get("sentAt") + ": it can no longer be cancelled";
            case "cancelled" -> "mail " + id + " is cancelled already";
            default -> null;
        };
    }

    @Override
    protected String outcome(Map<String, Object> mail) {
        return Boolean.TRUE.equals(mail.get("holdsPin"))
                ? "would not be sent, and the PIN it holds would be erased"
                : "would not be sent";
    }
}
