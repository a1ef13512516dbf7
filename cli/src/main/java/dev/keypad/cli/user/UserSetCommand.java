package dev.keypad.cli.user;

import dev.keypad.cli.BadInputException;
import dev.keypad.cli.ExitCodes;
import dev.keypad.cli.MutatingCommand;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "set",
    description = {"Changes the given fields of one user (PATCH /api/v1/users/{sipAddress}) and prints the user.",
        "Fields not given stay as they are; an empty value ('') clears a field."},
    footer = {"%nExamples:",
        "  keypad user set kenmyer@litwareinc.com --extension 0101 --attr title=Lead",
        "  keypad user set 'Ken Myer' --email ''"})
final class UserSetCommand extends MutatingCommand {

    @Parameters(paramLabel = "IDENTITY", description = "The user to change: any identity form that names exactly one user.")
    private String identity;

    @Option(names = "--sip", paramLabel = "SIP", description = "New SIP address.")
    private String sipAddress;

    @Option(names = "--name", paramLabel = "NAME", description = "New display name.")
    private String displayName;

    @Mixin
    private UserFields fields;

    @Override
    protected int mutate() {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("sipAddress", sipAddress);
        changes.put("displayName", displayName);
        changes.values().removeIf(value -> value == null);
        changes.putAll(fields.given());
        if (changes.isEmpty()) {
            throw new BadInputException("nothing to change: give at least one field option, such as --extension");
        }
        Map<String, Object> user = UserCommand.one(client(), identity);
        String path = UserCommand.path(user);
        if (proceed("Change " + UserCommand.sipAddress(user) + " " + changes.keySet() + "?", "PATCH", uri(path), changes)) {
            print(UserCommand.COLUMNS, client().send("PATCH", path, changes));
        }
        return ExitCodes.SUCCESS;
    }
}
