package dev.keypad.cli.conference;

import dev.keypad.cli.ExitCodes;
import dev.keypad.cli.KeypadSubcommand;
import dev.keypad.cli.Pin;
import dev.keypad.cli.PinInput;
import dev.keypad.cli.output.Columns;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "join",
    description = {"Joins a call to a conference by its ID, as a gateway does (POST /api/v1/conference/join), and"
        + " prints the call and its state: in-meeting, or lobby while the meeting has not started.",
        "With --organizer the caller then says they are the organizer and passes on the leader PIN (POST"
            + " /api/v1/conference/organizer): a proving outcome (accepted, accepted-must-change, expired) starts"
            + " the meeting and everyone in the lobby joins it; rejected, locked or no-pin leave the caller in the"
            + " lobby. A wrong PIN counts towards the conference PIN's lockout, as it would from a phone.",
        "Exits 0 for every outcome: it is a test tool. A conference ID that nobody has exits 3."},
    footer = {"%nExamples:",
        "  keypad conference join --conference-id 4711230 --caller-id +14255550199",
        "  keypad conference join --conference-id 4711230 --organizer --pin - \\",
        "      -o json < leader-pin.txt"})
final class ConferenceJoinCommand extends KeypadSubcommand {

    static final Columns COLUMNS = new Columns(List.of("call", "state", "outcome"),
            List.of("call", "conferenceId", "state", "askOrganizer", "outcome"));

    @Option(names = "--conference-id", paramLabel = "N", required = true,
            description = "The 7-digit conference ID the caller dials in with.")
    private String conferenceId;

    @Option(names = "--caller-id", paramLabel = "ID",
            description = "The caller's number; without it the caller is anonymous.")
    private String callerId;

    @ArgGroup(exclusive = false)
    private Organizer organizer;

    static final class Organizer {
        @Option(names = "--organizer", required = true,
                description = "Answer yes when the bridge asks whether the caller is the organizer; needs --pin.")
        private boolean organizer;

        @Option(names = "--pin", paramLabel = "DIGITS", required = true, converter = Pin.Converter.class,
                description = "The organizer's leader PIN; '-' reads it from the first line of standard input."
                        + " Only with --organizer.")
        private Pin pin;
    }

    @Override
    protected int run() {
        ConferenceId id = ConferenceId.of(conferenceId);
        // read before joining, so that a missing PIN leaves no call behind
        String pin = organizer == null ? null : new PinInput(environment(), err()).digits(organizer.pin, "--pin");
        Map<String, Object> join = new LinkedHashMap<>();
        join.put("conferenceId", id.digits());
        if (callerId != null) {
            join.put("callerId", callerId);
        }
        Map<String, Object> joined = client().send("POST", "/conference/join", join);
        if (pin == null) {
            print(COLUMNS, joined);
            return ExitCodes.SUCCESS;
        }
        if (!Boolean.TRUE.equals(joined.get("askOrganizer"))) {
            err().println("keypad: the meeting of conference " + id + " has started already; the PIN was not sent");
            print(COLUMNS, joined);
            return ExitCodes.SUCCESS;
        }
        Map<String, Object> organizerStep = new LinkedHashMap<>();
        organizerStep.put("call", joined.get("call"));
        organizerStep.put("pin", pin);
        print(COLUMNS, client().send("POST", "/conference/organizer", organizerStep));
        return ExitCodes.SUCCESS;
    }
}
