package dev.keypad.cli.account;

import dev.keypad.cli.BadInputException;
import dev.keypad.cli.ExitCodes;
import dev.keypad.cli.MutatingCommand;
import dev.keypad.cli.output.Columns;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "add",
    description = {"Adds an API account (POST /api/v1/accounts) and prints its token.",
        "The token is shown this once: store it now (a password manager, a secret store)."},
    footer = {"%nExamples:",
        "  keypad account add helpdesk-anna --role helpdesk",
        "  keypad account add pbx --role gateway -o json | jq -r .token > pbx-token"})
final class AccountAddCommand extends MutatingCommand {

    private static final List<String> ROLES = List.of("administrator", "helpdesk", "auditor", "gateway");
    private static final Columns WITH_TOKEN = Columns.of(List.of("name", "role", "createdAt", "token"));

    @Parameters(paramLabel = "NAME", description = "Account name.")
    private String name;

    @Option(names = "--role", paramLabel = "ROLE", required = true, completionCandidates = Roles.class,
            description = "administrator, helpdesk, auditor or gateway.")
    private String role;

    @Override
    protected int mutate() {
        if (!ROLES.contains(role)) {
            throw new BadInputException("--role '" + role + "' is not one of " + String.join(", ", ROLES));
        }
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("name", name);
        account.put("role", role);
        if (proceed("Add account " + name + " (" + role + ")?", "POST", uri("/accounts"), account)) {
            print(WITH_TOKEN, client().send("POST", "/accounts", account));
            err().println("Store the token now: it is not shown again.");
        }
        return ExitCodes.SUCCESS;
    }

    /** The roles, offered by shell completion after {@code --role}. */
    static final class Roles implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return ROLES.iterator();
        }
    }
}
