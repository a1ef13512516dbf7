package dev.keypad.cli.audit;

import dev.keypad.cli.AtLeastOne;
import dev.keypad.cli.ExitCodes;
import dev.keypad.cli.KeypadSubcommand;
import dev.keypad.cli.output.Columns;
import dev.keypad.cli.output.Listing;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list",
    description = "Lists audit records, oldest first (GET /api/v1/audit), page by page as the server answers.",
    footer = {"%nExamples:",
        "  keypad audit list --since 2026-11-24T00:00:00Z --action user.remove",
        "  keypad audit list --target kenmyer@litwareinc.com -o jsonl",
        "  keypad audit list --actor desk-anna --action console.sign-in"})
final class AuditListCommand extends KeypadSubcommand {

    private static final Columns COLUMNS = new Columns(
            List.of("seq", "at", "actor", "action", "target", "outcome"),
            List.of("seq", "at", "actor", "action", "target", "source", "outcome", "details"));
    private static final int PAGE = 1000;

    @Option(names = "--since", paramLabel = "TIME", description = "Only records at or after this ISO-8601 instant.")
    private String since;

    @Option(names = "--action", paramLabel = "ACTION", description = "Only records of this action.")
    private String action;

    @Option(names = "--target", paramLabel = "IDENTITY", description = "Only records about this target.")
    private String target;

    @Option(names = "--actor", paramLabel = "ACTOR",
            description = "Only records of this actor: an account name, or self:SIP for a user on the self-service pages.")
    private String actor;

    @Option(names = "--limit", paramLabel = "N", converter = AtLeastOne.class, description = "At most N records in all.")
    private Integer limit;

    @Override
    protected int run() {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("since", since);
        query.put("action", action);
        query.put("target", target);
        query.put("actor", actor);
        query.put("limit", limit == null ? PAGE : Math.max(1, Math.min(limit, PAGE)));
        long left = limit == null ? Long.MAX_VALUE : limit;
        try (Listing records = listing(COLUMNS)) {
            for (List<Map<String, Object>> page : client().pages("/audit", query)) {
                for (Map<String, Object> record : page) {
                    if (left-- <= 0) {
                        return ExitCodes.SUCCESS;
                    }
                    records.add(record);
                }
                records.endPage();
            }
        }
        return ExitCodes.SUCCESS;
    }
}
