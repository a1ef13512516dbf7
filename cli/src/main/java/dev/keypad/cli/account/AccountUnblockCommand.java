package dev.keypad.cli.account;

import dev.keypad.cli.ExitCodes;
import dev.keypad.cli.MutatingCommand;
import dev.keypad.cli.client.KeypadClient;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "unblock",
    description = {"Lets an account sign in to the console again at once after five failed sign-ins blocked it "
        + "for 15 minutes (POST /api/v1/accounts/{name}/unblock).",
        "An account that is not blocked is left as it is; that is no failure."},
    footer = {"%nExamples:", "  keypad account unblock helpdesk-anna"})
final class AccountUnblockCommand extends MutatingCommand {

    @Parameters(paramLabel = "NAME", description = "Account name.")
    private String name;

    @Override
    protected int mutate() {
        String path = "/accounts/" + KeypadClient.segment(name) + "/unblock";
        if (proceed("Unblock console sign-in of " + name + "?", "POST", uri(path), null)) {
            Map<String, Object> answer = client().send("POST", path, Map.of());
            err().println(Boolean.TRUE.equals(answer.get("unblocked"))
                    ? "Account " + name + " may sign in to the console again now."
                    : "Console sign-in of " + name + " was not blocked; nothing changed.");
        }
        return ExitCodes.SUCCESS;
    }
}
