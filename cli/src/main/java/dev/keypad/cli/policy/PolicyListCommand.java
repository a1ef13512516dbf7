package dev.keypad.cli.policy;

import dev.keypad.cli.ExitCodes;
import dev.keypad.cli.KeypadSubcommand;
import dev.keypad.cli.Purposes;
import dev.keypad.cli.output.Listing;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list",
    description = "Lists PIN policies (GET /api/v1/policies), the global one first, then by scope.",
    footer = {"%nExamples:",
        "  keypad policy list",
        "  keypad policy list --purpose voicemail -o json"})
final class PolicyListCommand extends KeypadSubcommand {

    @Option(names = "--purpose", paramLabel = "PURPOSE", completionCandidates = Purposes.class,
            description = "Only policies of phone, voicemail or conference (default: all).")
    private String purpose;

    @Override
    protected int run() {
        Map<String, Object> query = new HashMap<>();
        query.put("purpose", purpose);
        try (Listing policies = listing(PolicyCommand.COLUMNS)) {
            for (List<Map<String, Object>> page : client().pages("/policies", query)) {
                page.forEach(policies::add);
                policies.endPage();
            }
        }
        return ExitCodes.SUCCESS;
    }
}
