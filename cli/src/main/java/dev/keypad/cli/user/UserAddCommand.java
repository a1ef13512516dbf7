package dev.keypad.cli.user;

import dev.keypad.cli.ExitCodes;
import dev.keypad.cli.MutatingCommand;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "add",
    description = "Adds a user to the directory (POST /api/v1/users) and prints it.",
    footer = {"%nExamples:",
        "  keypad user add --sip sip:kenmyer@litwareinc.com --name 'Ken Myer' \\",
        "      --extension 0100 --line-uri tel:+14255550100 --site Redmond \\",
        "      --attr title=Manager --attr l=Redmond",
        "  keypad user add --sip kenmyer@litwareinc.com --name 'Ken Myer' --what-if"})
final class UserAddCommand extends MutatingCommand {

    @Option(names = "--sip", paramLabel = "SIP", required = true,
            description = "SIP address, such as sip:kenmyer@litwareinc.com.")
    private String sipAddress;

    @Option(names = "--name", paramLabel = "NAME", required = true, description = "Display name, such as 'Ken Myer'.")
    private String displayName;

    @Mixin
    private UserFields fields;

    @Override
    protected int mutate() {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("sipAddress", sipAddress);
        user.put("displayName", displayName);
        user.putAll(fields.given());
        if (proceed("Add user " + sipAddress + " (" + displayName + ")?", "POST", uri("/users"), user)) {
            print(UserCommand.COLUMNS, client().send("POST", "/users", user));
        }
        return ExitCodes.SUCCESS;
    }
}
