package dev.keypad.cli.mail;

import dev.keypad.cli.AtLeastOne;
import dev.keypad.cli.ExitCodes;
import dev.keypad.cli.KeypadSubcommand;
import dev.keypad.cli.output.Listing;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

@Command(name = "list",
    description = {"Lists the mails of the outbox, newest first (GET /api/v1/mails), page by page as the server"
        + " answers: recipient, status (queued, sent, failed, cancelled), attempts, last delivery error.",
        "A failed mail was refused for good by the SMTP server, or could not be delivered for 2 days; 'mail retry'"
            + " tries it again."},
    footer = {"%nExamples:",
        "  keypad mail list --status failed",
        "  keypad mail list --identity kenmyer@litwareinc.com --result-size 5",
        "  keypad mail list --status queued -o csv > queued-mails.csv"})
final class MailListCommand extends KeypadSubcommand {

    private static final List<String> STATUSES = List.of("queued", "sent", "failed", "cancelled");

    @Option(names = "--status", paramLabel = "STATUS", converter = Status.class, completionCandidates = Statuses.class,
            description = "Only mails that are queued, sent, failed or cancelled.")
    private String status;

    @Option(names = "--identity", paramLabel = "IDENTITY",
            description = "Only the mails of this user (any identity form that names one user).")
    private String identity;

    @Option(names = "--result-size", paramLabel = "N", converter = AtLeastOne.class, description = "At most N mails in all, the newest.")
    private Integer resultSize;

    @Override
    protected int run() {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("status", status);
        query.put("identity", identity);
        query.put("limit", resultSize == null ? MailCommand.PAGE : Math.max(1, Math.min(resultSize, MailCommand.PAGE)));
        // the outbox listing has no resultSize of its own: the cap is counted here, as audit list counts --limit
        long left = resultSize == null ? Long.MAX_VALUE : resultSize;
        try (Listing mails = listing(MailCommand.COLUMNS)) {
            for (List<Map<String, Object>> page : client().pages("/mails", query)) {
                for (Map<String, Object> mail : page) {
                    if (left-- <= 0) {
                        return ExitCodes.SUCCESS;
                    }
                    mails.add(mail);
                }
                mails.endPage();
            }
        }
        return ExitCodes.SUCCESS;
    }

    /** The statuses, offered by shell completion after {@code --status}. */
    static final class Statuses implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return STATUSES.iterator();
        }
    }

    /** Rejects an unknown status while parsing, so a typo is a usage error and not "no mails". */
    static final class Status implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!STATUSES.contains(value)) {
                throw new TypeConversionException("'" + value + "' is not one of " + String.join(", ", STATUSES));
            }
            return value;
        }
    }
}
