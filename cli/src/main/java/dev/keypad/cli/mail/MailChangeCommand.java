package dev.keypad.cli.mail;

import dev.keypad.cli.MutatingCommand;
import dev.keypad.cli.TargetFailures;
import dev.keypad.cli.client.ProblemException;
import dev.keypad.cli.output.Listing;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Parameters;

/**
 * {@code mail retry|cancel}: one {@code POST /api/v1/mails/{id}/{verb}} per mail, each mail the server answers
 * printed.
 *
 * <p>{@code --what-if} and {@code --confirm} first GET the mail, to say what would become of it or to ask about
 * it. A mail whose status the server refuses (409: a sent one, say) is then a warning under {@code --what-if}, and
 * a failure without a question under {@code --confirm}. Without {@code --force}, the first mail that fails ends the
 * command; the mails after it are left alone.
 */
abstract class MailChangeCommand extends MutatingCommand {

    @Parameters(paramLabel = "ID", arity = "1..*",
            description = "Mails, by the id 'mail list' prints (17, or #17); '-' reads them from standard input, one id or"
                    + " one JSON object with an id per line (mail list -o jsonl).")
    private List<String> ids;

    /** {@code retry} or {@code cancel}: the last segment of the path. */
    protected abstract String verb();

    /** What --confirm asks to do, such as "Retry"; the question goes on "mail 17 (…)?". */
    protected abstract String action();

    /**
     * Why the server would refuse the mail in its present status, as docs/api.md says it does (409); null when it
     * would act on it, or when the status is one this client does not know yet and the server is to say.
     */
    protected abstract String refusal(MailId id, Map<String, Object> mail);

    /** What would become of the mail, for --what-if, such as "would be tried again now". */
    protected abstract String outcome(Map<String, Object> mail);

    @Override
    protected final int mutate() {
        Iterator<MailId> next = MailId.all(ids, environment().stdin()).iterator();
        TargetFailures failures = new TargetFailures(err(), force());
        Listing mails = whatIf() ? null : listing(MailCommand.COLUMNS);
        try {
            while (next.hasNext() && !quitting()) {
                MailId id = next.next();
                boolean done = failures.attempt("mail " + id, () -> change(id, mails));
                if (!done && !force() && !whatIf() && next.hasNext()) {
                    err().println("keypad: stopped after a failure: the mails after mail " + id + " were left alone;"
                            + " give --force to go on past failures");
                    break;
                }
            }
        } finally {
            if (mails != null) {
                mails.close();
            }
        }
        return failures.exitCode();
    }

    private void change(MailId id, Listing mails) {
        String path = MailCommand.path(id) + "/" + verb();
        if (whatIf() || confirm()) {
            Map<String, Object> mail = client().get(MailCommand.path(id), Map.of());
            String refusal = refusal(id, mail);
            if (refusal != null && whatIf()) {
                err().println("keypad: warning: " + refusal);
                return;
            }
            if (refusal != null) {
                // not asked, as the answer could not matter; reported as the server would report it
                throw new ProblemException(409, Map.of("type", "urn:keypad:problem:conflict", "detail", refusal));
            }
            String what = "mail " + id + " (" + MailCommand.describe(mail) + ")";
            if (!proceed(action() + " " + what + "?", "POST", uri(path), what + " " + outcome(mail))) {
                return;
            }
        }
        mails.add(client().send("POST", path, null));
    }
}
