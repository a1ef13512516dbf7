package dev.keypad.cli.mail;

import dev.keypad.cli.KeypadSubcommand;
import dev.keypad.cli.TargetFailures;
import dev.keypad.cli.output.Listing;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show",
    description = {"Shows mails of the outbox by id (GET /api/v1/mails/{id}): recipient, status, attempts, next"
        + " attempt, last delivery error, and whether the outbox still holds its PIN (never the PIN).",
        "An id that fails is reported and the others are still shown; a lone id that names no mail exits 3."},
    footer = {"%nExamples:",
        "  keypad mail show 17",
        "  keypad mail show 17 18 -o json"})
final class MailShowCommand extends KeypadSubcommand {

    @Parameters(paramLabel = "ID", arity = "1..*",
            description = "Mails to show, by the id 'mail list' prints (17, or #17).")
    private List<String> ids;

    @Override
    protected int run() {
        Set<MailId> mailIds = MailId.all(ids);
        TargetFailures failures = new TargetFailures(err(), false);
        try (Listing mails = listing(MailCommand.COLUMNS)) {
            for (MailId id : mailIds) {
                failures.attempt("mail " + id, () -> mails.add(client().get(MailCommand.path(id), Map.of())));
            }
        }
        return failures.exitCode();
    }
}
