package dev.keypad.cli.conferencing;

import dev.keypad.cli.BulkCommand;
import dev.keypad.cli.Identities;
import dev.keypad.cli.MailOptions;
import dev.keypad.cli.output.Columns;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code conferencing user enable|disable|set}: {@code POST /api/v1/conferencing/users/{verb}} with identities,
 * as {@link BulkCommand} sends them, and the mail options of {@code pin set}. Results are printed as the server
 * sends them: a leader PIN only in the answer that generated it.
 */
abstract class ConferencingUserChangeCommand extends BulkCommand {

    @Parameters(paramLabel = "IDENTITY", arity = "1..*",
            description = "Users to change; '-' reads identities (or JSON objects with an identity field, as"
                    + " 'user list -o jsonl' prints) from standard input, one per line.")
    private List<String> identities;

    @Mixin
    private MailOptions mail;

    /** {@code enable}, {@code disable} or {@code set}: the last segment of the path. */
    protected abstract String verb();

    /** The request's members besides targets, mail options and whatIf. */
    protected abstract Map<String, Object> options();

    /** True when {@code --send-email} or {@code --email-to} asks for a mail. */
    protected final boolean mailAsked() {
        return mail.asked();
    }

    @Override
    protected final Identities targets() {
        return new Identities(identities, environment());
    }

    @Override
    protected void validate(Identities targets) {
        mail.validate();
    }

    @Override
    protected final String path() {
        return ConferencingUserCommand.PATH + "/" + verb();
    }

    @Override
    protected final Map<String, Object> request() {
        Map<String, Object> request = new LinkedHashMap<>(options());
        mail.addTo(request);
        return request;
    }

    @Override
    protected final Columns columns() {
        return ConferencingUserCommand.RESULTS;
    }

    @Override
    protected final void printed(Map<String, Object> result) {
        mail.count(result);
    }

    @Override
    protected final void afterSummary() {
        mail.note(err(), whatIf());
    }
}
