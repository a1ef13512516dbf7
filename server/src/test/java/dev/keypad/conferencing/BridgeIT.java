package dev.keypad.conferencing;

import static dev.keypad.testing.Users.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.JsonNode;

import dev.keypad.testing.Api;
import dev.keypad.testing.Database;
import dev.keypad.testing.KeypadServer;

/**
 * The conference bridge (SPEC §6) as a gateway drives it, on H2 and PostgreSQL, with two servers on
 * one database: the lobby, the organizer's PIN and its lockout, PSTN-only meetings, the end rules on
 * the injected clock, and bad input.
 */
@ParameterizedClass
@EnumSource(Database.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BridgeIT {

    @Parameter
    Database database;

    private KeypadServer server;
    private KeypadServer other;
    private Api api;
    private Api otherApi;
    /** How far the tests moved the servers' clocks, for a server started later to agree with them. */
    private Duration advanced = Duration.ZERO;

    @BeforeParameterizedClassInvocation
    void start() {
        server = KeypadServer.start(database, Map.of());
        other = server.startAnother();
        advanced = Duration.ZERO;
        api = server.admin();
        otherApi = other.admin();
    }

    @AfterParameterizedClassInvocation
    void stop() {
        other.close();
        server.close();
    }

    @Test
    void callersWaitInTheLobbyUntilTheOrganizersOwnPinStartsTheMeetingOnEitherServer() {
        Organizer organizer = enable("lobbyowner");
        Organizer stranger = enable("stranger");
        JsonNode first = join(api, organizer.conferenceId(), "+14255550101");
        assertThat(first.get("state").asString()).isEqualTo("lobby");
        assertThat(first.get("askOrganizer").asBoolean()).isTrue();
        JsonNode second = join(otherApi, organizer.conferenceId(), "+14255550102");
        assertThat(second.get("state").asString()).isEqualTo("lobby");

        assertThat(organizer(otherApi, first, "99999").get("outcome").asString()).isEqualTo("rejected");
        JsonNode strangersPin = organizer(api, first, stranger.leaderPin());
        assertThat(strangersPin.get("outcome").asString()).as("another user's valid PIN").isEqualTo("rejected");
        assertThat(strangersPin.get("state").asString()).isEqualTo("lobby");
        assertThat(show(otherApi, organizer.conferenceId()).get("lobby")).hasSize(2);

        JsonNode started = organizer(otherApi, first, organizer.leaderPin());
        assertThat(started.get("state").asString()).isEqualTo("in-meeting");
        assertThat(started.get("outcome").asString()).isEqualTo("accepted-must-change");
        JsonNode meeting = show(api, organizer.conferenceId());
        assertThat(meeting.get("started").asBoolean()).isTrue();
        assertThat(meeting.get("lobby")).isEmpty();
        assertThat(meeting.get("roster")).hasSize(2);
        assertThat(join(api, organizer.conferenceId(), null).get("state").asString()).as("late callers go straight in").isEqualTo("in-meeting");

        for (JsonNode call : show(api, organizer.conferenceId()).get("roster")) {
            assertThat(api.post("/api/v1/conference/leave", Map.of("call", call.get("call").asString())).status()).isEqualTo(200);
        }
        JsonNode ended = show(otherApi, organizer.conferenceId());
        assertThat(ended.get("started").asBoolean()).as("the last caller left").isFalse();
        assertThat(join(api, organizer.conferenceId(), null).get("state").asString()).as("a new meeting waits again").isEqualTo("lobby");
        assertThat(api.get("/api/v1/audit", Map.of("action", "phone.sign-in", "target", organizer.identity())).body()).contains("rejected");
    }

    @Test
    void aLockedLeaderPinNeverDropsTheCallersWaiting() {
        Organizer organizer = enable("lockedowner");
        api.put("/api/v1/policies/conference/tag:BridgeTwoTries", Map.of("maximumLogonAttempts", 2));
        api.post("/api/v1/policies/conference/grants", Map.of("identities", List.of(organizer.identity()), "policy", "BridgeTwoTries"));
        JsonNode call = join(api, organizer.conferenceId(), "+14255550103");
        JsonNode participant = join(api, organizer.conferenceId(), "+14255550104");
        assertThat(organizer(api, call, "11111").get("outcome").asString()).isEqualTo("rejected");
        assertThat(organizer(api, call, "11111").get("outcome").asString()).isEqualTo("locked");
        JsonNode refused = organizer(api, call, organizer.leaderPin());
        assertThat(refused.get("outcome").asString()).as("locked, even with the right PIN").isEqualTo("locked");
        assertThat(refused.get("state").asString()).isEqualTo("lobby");
        assertThat(show(api, organizer.conferenceId()).get("lobby")).extracting(c -> c.get("call").asString())
                .containsExactly(call.get("call").asString(), participant.get("call").asString());
    }

    @Test
    void withPstnOnlyMeetingsTheFirstCallerStartsItAndAnUnauthenticatedMeetingEndsAfterFourHours() {
        Organizer organizer = enable("pstnowner");
        api.post("/api/v1/conferencing/users/set", Map.of("identities", List.of(organizer.identity()), "allowPstnOnlyMeetings", true,
                "sendEmail", false));
        JsonNode first = join(api, organizer.conferenceId(), null);
        assertThat(first.get("state").asString()).isEqualTo("in-meeting");
        assertThat(first.get("askOrganizer").asBoolean()).isFalse();

        advance(Duration.ofHours(3));
        assertThat(show(api, organizer.conferenceId()).get("started").asBoolean()).isTrue();
        advance(Duration.ofHours(1).plusMinutes(1));
        assertThat(show(otherApi, organizer.conferenceId()).get("started").asBoolean()).as("4 hours without a PIN").isFalse();
        assertThat(api.post("/api/v1/conference/leave", Map.of("call", first.get("call").asString())).status())
                .as("its calls ended with it").isEqualTo(404);
    }

    @Test
    void theLobbySurvivesARestartAndCallersJoiningAtOnceOnBothServersAllEndUpInTheMeeting() throws Exception {
        Organizer organizer = enable("busyowner");
        List<java.util.concurrent.CompletableFuture<JsonNode>> joins = new java.util.ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Api via = i % 2 == 0 ? api : otherApi;
            String callerId = "+1425555" + (1000 + i);
            joins.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> join(via, organizer.conferenceId(), callerId)));
        }
        List<String> calls = new java.util.ArrayList<>();
        for (java.util.concurrent.CompletableFuture<JsonNode> join : joins) {
            assertThat(join.get().get("state").asString()).isEqualTo("lobby");
            calls.add(join.get().get("call").asString());
        }
        other.close();
        other = server.startAnother();
        other.clock().advance(advanced);
        otherApi = other.admin();
        assertThat(show(otherApi, organizer.conferenceId()).get("lobby")).as("after a restart").hasSize(16);

        organizer(otherApi, joins.get(0).get(), organizer.leaderPin());
        JsonNode meeting = show(api, organizer.conferenceId());
        assertThat(meeting.get("lobby")).isEmpty();
        assertThat(meeting.get("roster")).extracting(call -> call.get("call").asString()).containsExactlyInAnyOrderElementsOf(calls);
    }

    @Test
    void aResetOrDisabledConferenceIdStopsWorkingAtOnce() {
        Organizer organizer = enable("movingowner");
        JsonNode waiting = join(api, organizer.conferenceId(), null);
        JsonNode reset = api.post("/api/v1/conferencing/users/set", Map.of("identities", List.of(organizer.identity()),
                "resetConferenceId", true, "sendEmail", false)).json().get("results").get(0);
        String newId = reset.get("conferenceId").asString();
        assertThat(api.post("/api/v1/conference/join", Map.of("conferenceId", organizer.conferenceId())).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/conference/leave", Map.of("call", waiting.get("call").asString())).status())
                .as("the caller on the old ID was cut off").isEqualTo(404);
        JsonNode onNewId = join(otherApi, newId, null);
        assertThat(onNewId.get("state").asString()).isEqualTo("lobby");
        api.post("/api/v1/conferencing/users/disable", Map.of("identities", List.of(organizer.identity()), "sendEmail", false));
        assertThat(api.post("/api/v1/conference/join", Map.of("conferenceId", newId)).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/conference/leave", Map.of("call", onNewId.get("call").asString())).status()).isEqualTo(404);
    }

    @Test
    void aLobbyThatNeverStartsEndsAfterFourHours() {
        Organizer organizer = enable("neverstarted");
        JsonNode call = join(api, organizer.conferenceId(), null);
        advance(Duration.ofHours(4));
        assertThat(show(api, organizer.conferenceId()).get("lobby")).isEmpty();
        assertThat(api.post("/api/v1/conference/leave", Map.of("call", call.get("call").asString())).status()).isEqualTo(404);
    }

    @Test
    void aMeetingStartedWithThePinLastsADay() {
        Organizer organizer = enable("dayowner");
        JsonNode call = join(api, organizer.conferenceId(), null);
        organizer(api, call, organizer.leaderPin());
        advance(Duration.ofHours(5));
        assertThat(show(api, organizer.conferenceId()).get("started").asBoolean()).isTrue();
        advance(Duration.ofHours(19));
        assertThat(show(api, organizer.conferenceId()).get("started").asBoolean()).as("24 hours").isFalse();
    }

    @Test
    void badConferenceIdsCallsAndPinsAreRefusedClearly() {
        Organizer organizer = enable("badinput");
        for (String malformed : List.of("12345", "abcdefg", "12345678")) {
            Api.Response response = api.post("/api/v1/conference/join", Map.of("conferenceId", malformed));
            assertThat(response.status()).as(malformed).isEqualTo(400);
            assertThat(response.json().get("field").asString()).isEqualTo("conferenceId");
        }
        String unknown = organizer.conferenceId().equals("9999999") ? "9999998" : "9999999";
        assertThat(api.post("/api/v1/conference/join", Map.of("conferenceId", unknown)).status()).isEqualTo(404);
        JsonNode call = join(api, organizer.conferenceId(), null);
        Api.Response letters = api.post("/api/v1/conference/organizer", Map.of("call", call.get("call").asString(), "pin", "12a45"));
        assertThat(letters.status()).isEqualTo(400);
        assertThat(letters.body()).doesNotContain("12a45");
        assertThat(api.post("/api/v1/conference/leave", Map.of("call", "c-nothing")).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/conference/" + unknown).status()).isEqualTo(404);
        assertThat(show(api, organizer.conferenceId()).get("lobby")).as("nothing changed").hasSize(1);
    }

    @Test
    void theLiveViewStreamsTheLobbyAndRosterAsTheyChangeOnAnyServer() throws Exception {
        Organizer organizer = enable("watched");
        java.util.concurrent.BlockingQueue<String> events = new java.util.concurrent.LinkedBlockingQueue<>();
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(server.baseUrl() + "/api/v1/conference/" + organizer.conferenceId() + "/events"))
                .header("Authorization", "Bearer " + KeypadServer.ADMIN_TOKEN).header("Accept", "text/event-stream").build();
        java.util.concurrent.CompletableFuture<?> stream = http.sendAsync(request, java.net.http.HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().filter(line -> line.startsWith("data:")).forEach(events::add));
        try {
            assertThat(next(events)).contains("\"started\":false").contains("\"lobby\":[]");
            JsonNode call = join(otherApi, organizer.conferenceId(), "+14255550105");
            assertThat(next(events)).as("a caller joined on the other server").contains(call.get("call").asString())
                    .contains("\"started\":false");
            organizer(otherApi, call, organizer.leaderPin());
            assertThat(next(events)).contains("\"started\":true").contains("\"lobby\":[]").doesNotContain(organizer.leaderPin());
        } finally {
            stream.cancel(true);
        }
        java.net.http.HttpResponse<String> unknown = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(server.baseUrl() + "/api/v1/conference/0000000/events"))
                .header("Authorization", "Bearer " + KeypadServer.ADMIN_TOKEN).header("Accept", "text/event-stream").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    private static String next(java.util.concurrent.BlockingQueue<String> events) throws InterruptedException {
        String event = events.poll(20, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(event).as("an event within 20 s").isNotNull();
        return event;
    }

    /** Moves both servers' clocks, which agree as the clocks of servers sharing a database do. */
    @Test
    void meetingsNobodyUsesAgainAreEndedByTheSweeperWhenTheirTimeIsUp() {
        MeetingSweeper sweeper = server.bean(MeetingSweeper.class);
        sweeper.sweep(); // what earlier tests of this class left behind
        Organizer lobbyOnly = enable("ghost-lobby");
        Organizer started = enable("ghost-meeting");
        join(api, lobbyOnly.conferenceId(), "+14255550108");
        organizer(api, join(api, started.conferenceId(), "+14255550109"), started.leaderPin());
        assertThat(sweeper.sweep()).as("nothing is over yet").isZero();

        advance(Duration.ofHours(4));
        assertThat(sweeper.sweep()).as("the lobby nobody started").isPositive();
        assertThat(meetingRows(lobbyOnly.conferenceId())).isZero();
        assertThat(meetingRows(started.conferenceId())).as("an authenticated meeting lasts a day").isOne();

        advance(Duration.ofHours(20));
        assertThat(other.bean(MeetingSweeper.class).sweep()).as("any server sweeps").isPositive();
        assertThat(meetingRows(started.conferenceId())).isZero();
        assertThat(server.jdbc().queryForObject("SELECT COUNT(*) FROM calls WHERE conference_id IN (?, ?)", Integer.class,
                lobbyOnly.conferenceId(), started.conferenceId())).isZero();
    }

    private int meetingRows(String conferenceId) {
        return server.jdbc().queryForObject("SELECT COUNT(*) FROM meetings WHERE conference_id = ?", Integer.class, conferenceId);
    }

    @Test
    void watchingAMeetingWaitsForNoCallerBeingLetIn() throws Exception {
        Organizer organizer = enable("busy");
        JsonNode call = join(api, organizer.conferenceId(), "+14255550107");
        // Another transaction holds the organizer's row, as a join or a PIN check on any server does.
        try (java.sql.Connection busy = server.bean(javax.sql.DataSource.class).getConnection()) {
            busy.setAutoCommit(false);
            try (var lock = busy.prepareStatement("SELECT conference_id FROM conferencing_users WHERE conference_id = ? FOR UPDATE")) {
                lock.setString(1, organizer.conferenceId());
                lock.executeQuery().close();
            }
            java.util.concurrent.CompletableFuture<JsonNode> view = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> show(otherApi, organizer.conferenceId()));
            assertThat(view.get(20, java.util.concurrent.TimeUnit.SECONDS).get("lobby").get(0).get("call").asString())
                    .isEqualTo(call.get("call").asString());
            busy.rollback();
        }
    }

    private void advance(Duration duration) {
        server.clock().advance(duration);
        other.clock().advance(duration);
        advanced = advanced.plus(duration);
    }

    private record Organizer(String identity, String conferenceId, String leaderPin) {
    }

    private Organizer enable(String name) {
        String sip = aUser(name, "bridge.test").addTo(server);
        JsonNode enabled = api.post("/api/v1/conferencing/users/enable", Map.of("identities", List.of(sip))).json().get("results").get(0);
        return new Organizer(sip, enabled.get("conferenceId").asString(), enabled.get("leaderPin").asString());
    }

    private static JsonNode join(Api api, String conferenceId, String callerId) {
        Map<String, Object> body = callerId == null ? Map.of("conferenceId", conferenceId) : Map.of("conferenceId", conferenceId, "callerId", callerId);
        Api.Response response = api.post("/api/v1/conference/join", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode organizer(Api api, JsonNode call, String pin) {
        Api.Response response = api.post("/api/v1/conference/organizer", Map.of("call", call.get("call").asString(), "pin", pin));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode show(Api api, String conferenceId) {
        Api.Response response = api.get("/api/v1/conference/" + conferenceId);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
