package dev.keypad.cli.conferencing;

import dev.keypad.cli.BadInputException;
import dev.keypad.cli.Identities;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "set",
    description = {"Changes the audio conferencing of enabled users (POST /api/v1/conferencing/users/set).",
        "--reset-leader-pin generates a new leader PIN, shown in this output only and mailed with the conference"
            + " ID and dial-in numbers. --reset-conference-id gives a new conference ID (the old one stops working"
            + " at once), mailed without the PIN. --send-email alone mails the user their conference information.",
        "Prints one result per user: identity, outcome, conference ID, the new leader PIN, what became of the mail,"
            + " detail; 'changed N, unchanged N, failed N' on standard error; exits 1 if a user failed (one who"
            + " is not enabled, say)."},
    footer = {"%nExamples:",
        "  keypad conferencing user set kenmyer@litwareinc.com --reset-leader-pin",
        "  keypad conferencing user set 'Ken Myer' --reset-conference-id --what-if",
        "  keypad conferencing user set 'Pilar*' --allow-pstn-only true",
        "  keypad conferencing user set kenmyer@litwareinc.com --send-email \\",
        "      --email-to ken@example.com"})
final class ConferencingUserSetCommand extends ConferencingUserChangeCommand {

    @Option(names = "--reset-leader-pin", description = "Generate a new leader PIN (resetLeaderPin).")
    private boolean resetLeaderPin;

    @Option(names = "--reset-conference-id",
            description = "Give a new conference ID; the old one stops working at once (resetConferenceId).")
    private boolean resetConferenceId;

    @Option(names = "--allow-pstn-only", paramLabel = "true|false", arity = "1",
            description = "Let the first caller start the user's meeting without a PIN (allowPstnOnlyMeetings).")
    private Boolean allowPstnOnly;

    @Override
    protected String verb() {
        return "set";
    }

    /** --no-send-email alone asks for nothing, as sending nothing is no change. */
    @Override
    protected void validate(Identities targets) {
        super.validate(targets);
        if (options().isEmpty() && !mailAsked()) {
            throw new BadInputException("nothing to change: give --reset-leader-pin, --reset-conference-id,"
                    + " --allow-pstn-only or --send-email");
        }
    }

    @Override
    protected Map<String, Object> options() {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("resetLeaderPin", resetLeaderPin ? Boolean.TRUE : null);
        options.put("resetConferenceId", resetConferenceId ? Boolean.TRUE : null);
        options.put("allowPstnOnlyMeetings", allowPstnOnly);
        options.values().removeIf(Objects::isNull);
        return options;
    }

    @Override
    protected String question(String identity) {
        return "Change the audio conferencing of " + identity + " (" + String.join(", ", changes()) + ")?";
    }

    /** The changes asked for, in a few words each, for the question of --confirm. */
    private List<String> changes() {
        List<String> changes = new ArrayList<>();
        if (resetLeaderPin) {
            changes.add("new leader PIN");
        }
        if (resetConferenceId) {
            changes.add("new conference ID");
        }
        if (allowPstnOnly != null) {
            changes.add("allowPstnOnlyMeetings " + allowPstnOnly);
        }
        if (changes.isEmpty()) {
            changes.add("mail the conference information");
        }
        return changes;
    }
}
