package dev.keypad.cli.conferencing;

import dev.keypad.cli.CommandGroup;
import dev.keypad.cli.MailOptions;
import dev.keypad.cli.output.Columns;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "user",
    description = {"Users of audio conferencing (/api/v1/conferencing/users): show, enable, disable, set.",
        "An enabled user has a unique 7-digit conference ID, a leader PIN that starts their meetings (the"
            + " conference purpose's PIN, shown only when generated) and allowPstnOnlyMeetings."},
    subcommands = {ConferencingUserShowCommand.class, ConferencingUserEnableCommand.class,
        ConferencingUserDisableCommand.class, ConferencingUserSetCommand.class},
    footer = {"%nExamples:",
        "  keypad conferencing user show kenmyer@litwareinc.com",
        "  keypad conferencing user enable kenmyer@litwareinc.com -o json",
        "  keypad conferencing user set 'Ken Myer' --reset-leader-pin"})
final class ConferencingUserCommand extends CommandGroup {

    static final String PATH = "/conferencing/users";

    /** A user's conferencing as docs/api.md shows it; the leader PIN reads {@code *****} when there is one. */
    static final Columns USERS = Columns.of(List.of("identity", "enabled", "conferenceId", "allowPstnOnlyMeetings",
            "leaderPin", "enabledAt"));

    /** One result per target; the leader PIN only when this answer generated it, the mail as a phrase. */
    static final Columns RESULTS = Columns.of(List.of("identity", "outcome", "conferenceId", "leaderPin", "mail",
            "detail")).withText("mail", MailOptions::text);
}
