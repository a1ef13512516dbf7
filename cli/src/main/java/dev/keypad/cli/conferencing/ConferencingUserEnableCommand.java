package dev.keypad.cli.conferencing;

import java.util.Map;
import picocli.CommandLine.Command;

@Command(name = "enable",
    description = {"Enables users for audio conferencing (POST /api/v1/conferencing/users/enable): each gets a"
        + " unique conference ID, a generated leader PIN and the tenant's allowPstnOnlyMeetingsByDefault, and a"
        + " welcome mail with the PIN, the conference ID and the dial-in numbers.",
        "Prints one result per user: identity, outcome, conference ID, the leader PIN (shown in this output only,"
            + " never again), what became of the mail, detail. A user enabled already fails (conflict).",
        "Prints 'changed N, unchanged N, failed N' on standard error at the end; exits 1 if a user failed."},
    footer = {"%nExamples:",
        "  keypad conferencing user enable kenmyer@litwareinc.com",
        "  keypad conferencing user enable 'Pilar*' --email-to helpdesk@litwareinc.com",
        "  keypad conferencing user enable 'LITWAREINC\\kenmyer' --what-if",
        "  keypad user list --site Redmond -o jsonl \\",
        "      | keypad conferencing user enable - -o csv > leader-pins.csv"})
final class ConferencingUserEnableCommand extends ConferencingUserChangeCommand {

    @Override
    protected String verb() {
        return "enable";
    }

    @Override
    protected Map<String, Object> options() {
        return Map.of();
    }

    @Override
    protected String question(String identity) {
        return "Enable audio conferencing for " + identity + "?";
    }
}
