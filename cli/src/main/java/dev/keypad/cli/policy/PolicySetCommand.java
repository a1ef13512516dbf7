package dev.keypad.cli.policy;

import dev.keypad.cli.BadInputException;
import dev.keypad.cli.client.ProblemException;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;

@Command(name = "set",
    description = {"Changes the given fields of an existing PIN policy (PUT /api/v1/policies/{purpose}/{scope})"
        + " and prints it. Fields not given stay as they are.",
        "Tightening applies at once: a PIN that no longer complies must be changed at its next use. Exits 3 when"
            + " the site or tag policy does not exist ('policy new' creates it); the global one always does."},
    footer = {"%nExamples:",
        "  keypad policy set --purpose phone global --min-length 6 \\",
        "      --maximum-logon-attempts auto",
        "  keypad policy set --purpose voicemail site:Redmond --lifetime-days 90 \\",
        "      --allow-common-patterns false"})
final class PolicySetCommand extends PolicyPutCommand {

    @Override
    protected boolean needsCheck(Scope scope) {
        return !scope.isGlobal();
    }

    @Override
    protected void validate(Map<String, Object> changes) {
        if (changes.isEmpty()) {
            throw new BadInputException("nothing to change: give at least one field option, such as --min-length");
        }
    }

    @Override
    protected void check(String purpose, Scope scope, Optional<Map<String, Object>> existing) {
        if (existing.isEmpty() && !scope.isGlobal()) {
            throw new ProblemException(404, Map.of("type", "urn:keypad:problem:not-found",
                    "detail", "there is no policy " + scope + " of purpose " + purpose + "; use 'keypad policy new'"
                            + " to create it"));
        }
    }

    @Override
    protected String question(String purpose, Scope scope) {
        return "Change the " + purpose + " policy " + scope + "?";
    }
}
