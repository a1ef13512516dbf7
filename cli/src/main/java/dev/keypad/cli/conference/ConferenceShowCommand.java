package dev.keypad.cli.conference;

import dev.keypad.cli.ExitCodes;
import dev.keypad.cli.KeypadSubcommand;
import dev.keypad.cli.output.Columns;
import dev.keypad.cli.output.Format;
import dev.keypad.cli.output.Listing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "show",
    description = {"Shows a conference's meeting (GET /api/v1/conference/{conferenceId}): whether it has started,"
        + " the calls waiting in its lobby and the calls in its roster.",
        "json and jsonl print the server's object as it is; table and csv print one row per call, its list"
            + " (lobby or roster) in a column, or a single row without a call when there is none. A conference ID"
            + " that nobody has exits 3."},
    footer = {"%nExamples:",
        "  keypad conference show --conference-id 4711230",
        "  keypad conference show --conference-id 4711230 -o json | jq '.lobby | length'"})
final class ConferenceShowCommand extends KeypadSubcommand {

    static final Columns COLUMNS = Columns.of(
            List.of("conferenceId", "started", "list", "call", "callerId", "organizer", "joinedAt"));

    private static final List<String> LISTS = List.of("lobby", "roster");

    @Option(names = "--conference-id", paramLabel = "N", required = true,
            description = "The 7-digit conference ID of the meeting.")
    private String conferenceId;

    @Override
    protected int run() {
        ConferenceId id = ConferenceId.of(conferenceId);
        Map<String, Object> meeting = client().get("/conference/" + id.digits(), Map.of());
        if (format() == Format.JSON || format() == Format.JSONL) {
            print(COLUMNS, meeting);
            return ExitCodes.SUCCESS;
        }
        try (Listing rows = listing(COLUMNS)) {
            rows(meeting).forEach(rows::add);
        }
        return ExitCodes.SUCCESS;
    }

    /** One row per call of the lobby, then of the roster; one row of the meeting alone when it has no call. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> meeting) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String list : LISTS) {
            if (meeting.get(list) instanceof List<?> calls) {
                for (Object call : calls) {
                    Map<String, Object> row = meeting(meeting);
                    row.put("list", list);
                    row.putAll((Map<String, Object>) call);
                    rows.add(row);
                }
            }
        }
        return rows.isEmpty() ? List.of(meeting(meeting)) : rows;
    }

    private static Map<String, Object> meeting(Map<String, Object> meeting) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("conferenceId", meeting.get("conferenceId"));
        row.put("started", meeting.get("started"));
        return row;
    }
}
