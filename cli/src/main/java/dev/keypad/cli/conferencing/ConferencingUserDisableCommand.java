package dev.keypad.cli.conferencing;

import java.util.Map;
import picocli.CommandLine.Command;

@Command(name = "disable",
    description = {"Disables audio conferencing for users (POST /api/v1/conferencing/users/disable): their"
        + " conference ID stops working at once, and they get a mail that conferencing is turned off.",
        "Prints one result per user and 'changed N, unchanged N, failed N' on standard error; exits 1 if a user"
            + " failed."},
    footer = {"%nExamples:",
        "  keypad conferencing user disable kenmyer@litwareinc.com",
        "  keypad conferencing user disable 'Pilar*' --confirm --no-send-email",
        "  keypad user list --site Lab -o jsonl \\",
        "      | keypad conferencing user disable - --what-if"})
final class ConferencingUserDisableCommand extends ConferencingUserChangeCommand {

    @Override
    protected String verb() {
        return "disable";
    }

    @Override
    protected Map<String, Object> options() {
        return Map.of();
    }

    @Override
    protected String question(String identity) {
        return "Disable audio conferencing for " + identity + "?";
    }
}
