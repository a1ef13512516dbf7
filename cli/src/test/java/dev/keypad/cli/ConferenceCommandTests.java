package dev.keypad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.jr.ob.JSON;

class ConferenceCommandTests {

    private static final String KENS_MEETING = "4711230";

    @TempDir
    Path home;

    private FakeKeypadServer server;
    private Cli cli;

    @BeforeEach
    void startServer() throws Exception {
        server = new FakeKeypadServer();
        server.bridge.conference(KENS_MEETING, "48213");
        cli = Cli.against(server, home);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void joinBeforeTheMeetingStartsWaitsInTheLobby() {
        Cli.Run join = cli.run("conference", "join", "--conference-id", KENS_MEETING, "--caller-id", "+14255550199",
                "-o", "json");

        assertThat(join.exitCode()).isZero();
        assertThat(JSON.std.mapFrom(join.out())).containsEntry("call", "c-1").containsEntry("state", "lobby");
        assertThat(server.requests).extracting(FakeKeypadServer.Request::path)
                .containsExactly("/api/v1/conference/join");
        assertThat(JSON.std.mapFrom(server.requests.get(0).body()))
                .isEqualTo(Map.of("conferenceId", KENS_MEETING, "callerId", "+14255550199"));
    }

    @Test
    void joinPrintsCallAndStateInATable() {
        Cli.Run join = cli.run("conference", "join", "--conference-id", KENS_MEETING);

        assertThat(join.out().lines()).containsExactly("call  state  outcome", "c-1   lobby");
        assertThat(JSON.std.mapFrom(server.requests.get(0).body())).isEqualTo(Map.of("conferenceId", KENS_MEETING));
    }

    @Test
    void organizerWithTheLeaderPinStartsTheMeetingAndTheLobbyJoinsIt() {
        cli.run("conference", "join", "--conference-id", KENS_MEETING, "--caller-id", "+14255550101");

        Cli.Run organizer = Cli.against(server, home).stdin("48213\n").run("conference", "join", "--conference-id",
                KENS_MEETING, "--caller-id", "+14255550100", "--organizer", "--pin", "-", "-o", "jsonl");

        assertThat(organizer.exitCode()).isZero();
        assertThat(organizer.err()).isEmpty();
        assertThat(JSON.std.mapFrom(organizer.out())).containsEntry("call", "c-2")
                .containsEntry("state", "in-meeting").containsEntry("outcome", "accepted");
        assertThat(JSON.std.mapFrom(server.requestsTo("/api/v1/conference/organizer").get(0).body()))
                .isEqualTo(Map.of("call", "c-2", "pin", "48213"));
        FakeBridge.Meeting meeting = server.bridge.conference(KENS_MEETING, null);
        assertThat(meeting.started).isTrue();
        assertThat(meeting.lobby).isEmpty();
        assertThat(meeting.roster).extracting(call -> call.get("call")).containsExactly("c-1", "c-2");
    }

    @Test
    void aWrongLeaderPinLeavesTheCallerInTheLobbyAndExits0() {
        Cli.Run organizer = cli.stdin("11111\n").run("conference", "join", "--conference-id", KENS_MEETING,
                "--organizer", "--pin", "-", "-o", "csv");

        assertThat(organizer.exitCode()).isZero();
        assertThat(organizer.out()).isEqualTo("call,conferenceId,state,askOrganizer,outcome\r\n"
                + "c-1,4711230,lobby,,rejected\r\n");
        assertThat(server.bridge.conference(KENS_MEETING, null).started).isFalse();
    }

    @Test
    void aPinOnTheCommandLineIsWarnedAboutAndNeverPrinted() {
        Cli.Run organizer = cli.run("conference", "join", "--conference-id", KENS_MEETING, "--organizer",
                "--pin", "48213");

        assertThat(organizer.exitCode()).isZero();
        assertThat(organizer.err()).contains("warning: a PIN typed on the command line").doesNotContain("48213");
        assertThat(organizer.out()).doesNotContain("48213").contains("in-meeting").contains("accepted");
    }

    @Test
    void organizerOfAMeetingThatHasStartedSendsNoPin() {
        server.bridge.conference(KENS_MEETING, null).started = true;

        Cli.Run organizer = cli.stdin("48213\n").run("conference", "join", "--conference-id", KENS_MEETING,
                "--organizer", "--pin", "-", "-o", "json");

        assertThat(organizer.exitCode()).isZero();
        assertThat(JSON.std.mapFrom(organizer.out())).containsEntry("state", "in-meeting");
        assertThat(organizer.err()).contains("has started already; the PIN was not sent");
        assertThat(server.requestsTo("/api/v1/conference/organizer")).isEmpty();
    }

    @Test
    void organizerAndPinGoTogetherAndTheConferenceIdIsSevenDigits() {
        assertThat(cli.run("conference", "join", "--conference-id", KENS_MEETING, "--organizer").exitCode())
                .isEqualTo(2);
        assertThat(cli.run("conference", "join", "--conference-id", KENS_MEETING, "--pin", "48213").exitCode())
                .isEqualTo(2);
        assertThat(cli.run("conference", "join").exitCode()).isEqualTo(2);
        Cli.Run shortId = cli.run("conference", "join", "--conference-id", "471123");
        assertThat(shortId.exitCode()).isEqualTo(2);
        assertThat(shortId.err()).contains("'471123' is not a conference ID");
        assertThat(cli.run("conference", "show", "--conference-id", "47112301").exitCode()).isEqualTo(2);
        assertThat(cli.run("conference", "show", "--conference-id", "abcdefg").exitCode()).isEqualTo(2);
        assertThat(cli.run("conference", "leave").exitCode()).isEqualTo(2);
        assertThat(cli.run("conference").exitCode()).isEqualTo(2);
        assertThat(server.requests).isEmpty();
    }

    @Test
    void aPinMissingFromStandardInputIsAUsageErrorBeforeJoining() {
        Cli.Run organizer = cli.run("conference", "join", "--conference-id", KENS_MEETING, "--organizer",
                "--pin", "-");

        assertThat(organizer.exitCode()).isEqualTo(2);
        assertThat(server.requests).isEmpty();
    }

    @Test
    void aConferenceIdNobodyHasExits3() {
        Cli.Run join = cli.run("conference", "join", "--conference-id", "9999999");
        Cli.Run show = cli.run("conference", "show", "--conference-id", "9999999");

        assertThat(join.exitCode()).isEqualTo(3);
        assertThat(join.err()).isEqualTo("keypad: no conference has the ID 9999999\n");
        assertThat(show.exitCode()).isEqualTo(3);
    }

    @Test
    void showPrintsTheServersObjectInJsonAndJsonl() {
        cli.run("conference", "join", "--conference-id", KENS_MEETING, "--caller-id", "+14255550101");

        Map<String, Object> json = JSON.std.mapFrom(cli.run("conference", "show", "--conference-id", KENS_MEETING,
                "-o", "json").out());
        Cli.Run jsonl = cli.run("conference", "show", "--conference-id", KENS_MEETING, "-o", "jsonl");

        assertThat(json).isEqualTo(Map.of("conferenceId", KENS_MEETING, "started", false,
                "lobby", List.of(Map.of("call", "c-1", "callerId", "+14255550101", "organizer", false,
                        "joinedAt", "2026-11-24T20:00:01Z")),
                "roster", List.of()));
        assertThat(jsonl.out().lines()).hasSize(1);
        assertThat(JSON.std.mapFrom(jsonl.out())).isEqualTo(json);
        assertThat(server.requestsTo("/api/v1/conference/" + KENS_MEETING)).extracting(FakeKeypadServer.Request::method)
                .containsOnly("GET");
    }

    @Test
    void showPrintsOneRowPerCallInTableAndCsv() {
        cli.run("conference", "join", "--conference-id", KENS_MEETING, "--caller-id", "+14255550101");
        cli.stdin("48213\n").run("conference", "join", "--conference-id", KENS_MEETING, "--caller-id",
                "+14255550100", "--organizer", "--pin", "-");
        cli.run("conference", "join", "--conference-id", KENS_MEETING);

        Cli.Run table = cli.run("conference", "show", "--conference-id", KENS_MEETING);
        Cli.Run csv = cli.run("conference", "show", "--conference-id", KENS_MEETING, "-o", "csv");

        assertThat(table.out().lines()).containsExactly(
                "conferenceId  started  list    call  callerId      organizer  joinedAt",
                "4711230       true     roster  c-1   +14255550101  false      2026-11-24T20:00:01Z",
                "4711230       true     roster  c-2   +14255550100  true       2026-11-24T20:00:02Z",
                "4711230       true     roster  c-3                 false      2026-11-24T20:00:03Z");
        assertThat(csv.out().split("\r\n")).containsExactly(
                "conferenceId,started,list,call,callerId,organizer,joinedAt",
                "4711230,true,roster,c-1,+14255550101,false,2026-11-24T20:00:01Z",
                "4711230,true,roster,c-2,+14255550100,true,2026-11-24T20:00:02Z",
                "4711230,true,roster,c-3,,false,2026-11-24T20:00:03Z");
    }

    @Test
    void showPutsLobbyCallsBeforeTheRosterAndAnEmptyMeetingOnOneRow() {
        Cli.Run empty = cli.run("conference", "show", "--conference-id", KENS_MEETING, "-o", "csv");
        cli.run("conference", "join", "--conference-id", KENS_MEETING);
        server.bridge.conference(KENS_MEETING, null).started = true;
        cli.run("conference", "join", "--conference-id", KENS_MEETING);

        Cli.Run both = cli.run("conference", "show", "--conference-id", KENS_MEETING);

        assertThat(empty.exitCode()).isZero();
        assertThat(empty.out().split("\r\n")).containsExactly(
                "conferenceId,started,list,call,callerId,organizer,joinedAt", "4711230,false,,,,,");
        assertThat(both.out().lines()).extracting(line -> line.split(" +")[2]).containsExactly("list", "lobby",
                "roster");
    }

    @Test
    void leavePrintsTheCallAsLeftAndAnUnknownCallExits3() {
        cli.run("conference", "join", "--conference-id", KENS_MEETING);

        Cli.Run leave = cli.run("conference", "leave", "--call", "c-1", "-o", "json");
        Cli.Run again = cli.run("conference", "leave", "--call", "c-1");

        assertThat(leave.exitCode()).isZero();
        assertThat(JSON.std.mapFrom(leave.out())).isEqualTo(Map.of("call", "c-1", "conferenceId", KENS_MEETING,
                "state", "left"));
        assertThat(JSON.std.mapFrom(server.requestsTo("/api/v1/conference/leave").get(0).body()))
                .isEqualTo(Map.of("call", "c-1"));
        assertThat(server.bridge.conference(KENS_MEETING, null).lobby).isEmpty();
        assertThat(again.exitCode()).isEqualTo(3);
        assertThat(again.err()).isEqualTo("keypad: no call c-1\n");
    }

    @Test
    void anAuditorMayShowButNotJoin() {
        Cli auditor = Cli.against(server, home).env("KEYPAD_TOKEN", FakeKeypadServer.AUDITOR_TOKEN);

        assertThat(auditor.run("conference", "show", "--conference-id", KENS_MEETING).exitCode()).isZero();
        assertThat(auditor.run("conference", "join", "--conference-id", KENS_MEETING).exitCode()).isEqualTo(4);
    }
}
