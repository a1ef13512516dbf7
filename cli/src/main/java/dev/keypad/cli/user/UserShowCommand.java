package dev.keypad.cli.user;

import dev.keypad.cli.Identities;
import dev.keypad.cli.KeypadSubcommand;
import dev.keypad.cli.TargetFailures;
import dev.keypad.cli.output.Listing;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show",
    description = {"Shows the users that identities name (GET /api/v1/users?identity=…).",
        "An identity is a SIP address (with or without sip:), UPN, DOMAIN\\logon, display name (* allowed) or "
            + "distinguished name. An identity that fails is reported and the others are still shown."},
    footer = {"%nExamples:",
        "  keypad user show kenmyer@litwareinc.com 'LITWAREINC\\pilar' '* Smith'",
        "  keypad user list --site Redmond -o jsonl | keypad user show - -o csv"})
final class UserShowCommand extends KeypadSubcommand {

    @Parameters(paramLabel = "IDENTITY", arity = "1..*",
            description = "Users to show; '-' reads identities (or JSON objects with an identity field) from standard input, one per line.")
    private List<String> identities;

    @Override
    protected int run() {
        TargetFailures failures = new TargetFailures(err(), false);
        try (Listing users = listing(UserCommand.COLUMNS)) {
            new Identities(identities, environment()).forEach(identity -> failures.attempt(identity, () -> {
                for (List<Map<String, Object>> page : UserCommand.matches(client(), identity)) {
                    page.forEach(users::add);
                    users.endPage();
                }
            }));
        }
        return failures.exitCode();
    }
}
