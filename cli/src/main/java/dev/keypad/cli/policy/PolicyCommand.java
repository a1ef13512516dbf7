package dev.keypad.cli.policy;

import dev.keypad.cli.CommandGroup;
import dev.keypad.cli.client.KeypadClient;
import dev.keypad.cli.client.ProblemException;
import dev.keypad.cli.output.Columns;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;

@Command(name = "policy",
    description = {"PIN policies per purpose and scope (global, site:NAME, tag:NAME): list, show, new, set, remove,"
        + " grant.",
        "A user's effective policy is their granted tag policy, else their site's, else the global one."},
    subcommands = {PolicyListCommand.class, PolicyShowCommand.class, PolicyNewCommand.class, PolicySetCommand.class,
        PolicyRemoveCommand.class, PolicyGrantCommand.class},
    footer = {"%nExamples:",
        "  keypad policy list --purpose voicemail",
        "  keypad policy new --purpose phone site:Redmond --min-length 6",
        "  keypad policy grant --purpose phone kenmyer@litwareinc.com --policy executives"})
public final class PolicyCommand extends CommandGroup {

    static final Columns COLUMNS = new Columns(
            List.of("purpose", "scope", "minLength", "generatedLength", "historyCount", "lifetimeDays",
                    "allowCommonPatterns", "maximumLogonAttempts", "logonFailuresBeforePinReset", "maxLogonAttempts"),
            List.of("purpose", "scope", "minLength", "generatedLength", "historyCount", "lifetimeDays",
                    "allowCommonPatterns", "maximumLogonAttempts", "logonFailuresBeforePinReset", "maxLogonAttempts",
                    "resetPinText", "enabledText", "updatedAt"));

    /** {@code /policies/{purpose}/{scope}}, both encoded: a site or tag name may hold any character. */
    static String path(String purpose, Scope scope) {
        return "/policies/" + KeypadClient.segment(purpose) + "/" + KeypadClient.segment(scope.text());
    }

    /** The policy as it is now; empty when the server answers 404. */
    static Optional<Map<String, Object>> find(KeypadClient client, String purpose, Scope scope) {
        try {
            return Optional.of(client.get(path(purpose, scope), Map.of()));
        } catch (ProblemException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
