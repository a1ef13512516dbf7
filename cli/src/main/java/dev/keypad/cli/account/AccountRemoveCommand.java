package dev.keypad.cli.account;

import dev.keypad.cli.ExitCodes;
import dev.keypad.cli.MutatingCommand;
import dev.keypad.cli.client.KeypadClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "remove",
    description = "Removes an API account (DELETE /api/v1/accounts/{name}); its tokens stop working at once.",
    footer = {"%nExamples:", "  keypad account remove helpdesk-anna", "  keypad account remove pbx-gateway --what-if"})
final class AccountRemoveCommand extends MutatingCommand {

    @Parameters(paramLabel = "NAME", description = "Account name.")
    private String name;

    @Override
    protected int mutate() {
        String path = "/accounts/" + KeypadClient.segment(name);
        if (proceed("Remove account " + name + "?", "DELETE", uri(path), null)) {
            client().send("DELETE", path, null);
            err().println("Removed account " + name + ".");
        }
        return ExitCodes.SUCCESS;
    }
}
