package dev.keypad.cli.conferencing;

import dev.keypad.cli.Identities;
import dev.keypad.cli.KeypadSubcommand;
import dev.keypad.cli.TargetFailures;
import dev.keypad.cli.output.Listing;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show",
    description = {"Shows the audio conferencing of the users that identities name (GET"
        + " /api/v1/conferencing/users?identity=…): enabled, conference ID, allowPstnOnlyMeetings, whether there"
        + " is a leader PIN (never the PIN), since when.",
        "A user who is not enabled shows enabled false. An identity that fails is reported and the others are"
            + " still shown; a lone identity that names nobody exits 3."},
    footer = {"%nExamples:",
        "  keypad conferencing user show kenmyer@litwareinc.com 'Pilar*'",
        "  keypad user list --site Redmond -o jsonl \\",
        "      | keypad conferencing user show - -o csv"})
final class ConferencingUserShowCommand extends KeypadSubcommand {

    @Parameters(paramLabel = "IDENTITY", arity = "1..*",
            description = "Users to show; '-' reads identities (or JSON objects with an identity field) from"
                    + " standard input, one per line.")
    private List<String> identities;

    @Override
    protected int run() {
        TargetFailures failures = new TargetFailures(err(), false);
        try (Listing users = listing(ConferencingUserCommand.USERS)) {
            new Identities(identities, environment()).forEach(identity -> failures.attempt(identity, () -> {
                for (List<Map<String, Object>> page : client().pages(ConferencingUserCommand.PATH,
                        Map.of("identity", identity))) {
                    page.forEach(users::add);
                    users.endPage();
                }
            }));
        }
        return failures.exitCode();
    }
}
