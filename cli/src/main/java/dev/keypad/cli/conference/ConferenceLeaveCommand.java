package dev.keypad.cli.conference;

import dev.keypad.cli.ExitCodes;
import dev.keypad.cli.KeypadSubcommand;
import dev.keypad.cli.output.Columns;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Not a {@code MutatingCommand}: like {@code phone sign-in} and {@code conference join}, it is a gateway's call
 * on a live call (a hang-up), not a change to stored settings, so it takes no {@code --what-if}.
 */
@Command(name = "leave",
    description = {"Ends a call on the bridge, as a gateway does when the caller hangs up (POST"
        + " /api/v1/conference/leave), and prints the call with state left.",
        "The meeting ends when its last caller leaves. A call that is unknown or has ended exits 3."},
    footer = {"%nExamples:",
        "  keypad conference leave --call c-17",
        "  keypad conference join --conference-id 4711230 -o json | jq -r .call \\",
        "      | xargs -I{} keypad conference leave --call {}"})
final class ConferenceLeaveCommand extends KeypadSubcommand {

    static final Columns COLUMNS = new Columns(List.of("call", "state"), List.of("call", "conferenceId", "state"));

    @Option(names = "--call", paramLabel = "CALL_ID", required = true,
            description = "The call, as 'conference join' or 'conference show' prints it.")
    private String call;

    @Override
    protected int run() {
        print(COLUMNS, client().send("POST", "/conference/leave", Map.of("call", call)));
        return ExitCodes.SUCCESS;
    }
}
