package dev.keypad.cli.policy;

import dev.keypad.cli.client.ProblemException;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;

@Command(name = "new",
    description = {"Creates a site or tag PIN policy (PUT /api/v1/policies/{purpose}/{scope}) from the purpose's"
        + " defaults and the given fields, and prints it.",
        "Refuses (exit 1) when the policy exists already: 'policy set' changes it."},
    footer = {"%nExamples:",
        "  keypad policy new --purpose phone site:Redmond --min-length 6",
        "  keypad policy new --purpose voicemail tag:executives --max-logon-attempts 10 \\",
        "      --logon-failures-before-pin-reset 3 \\",
        "      --reset-pin-text 'Call the help desk at 555-0100.'"})
final class PolicyNewCommand extends PolicyPutCommand {

    @Override
    protected void check(String purpose, Scope scope, Optional<Map<String, Object>> existing) {
        if (existing.isPresent()) {
            throw new ProblemException(409, Map.of("type", "urn:keypad:problem:conflict",
                    "detail", "policy " + scope + " of purpose " + purpose + " exists; use 'keypad policy set' to"
                            + " change it"));
        }
    }

    @Override
    protected String question(String purpose, Scope scope) {
        return "Create the " + purpose + " policy " + scope + "?";
    }
}
