package dev.keypad.cli.conference;

import dev.keypad.cli.CommandGroup;
import picocli.CommandLine.Command;

@Command(name = "conference",
    description = {"The conference bridge's calls, made by hand as a gateway makes them: join, show, leave.",
        "Calls join a live meeting or wait in its lobby; every server sharing the database sees them."},
    subcommands = {ConferenceJoinCommand.class, ConferenceShowCommand.class, ConferenceLeaveCommand.class},
    footer = {"%nExamples:",
        "  keypad conference join --conference-id 4711230 --caller-id +14255550199",
        "  keypad conference join --conference-id 4711230 --organizer --pin - < pin.txt",
        "  keypad conference show --conference-id 4711230",
        "  keypad conference leave --call c-17"})
public final class ConferenceCommand extends CommandGroup {
}
