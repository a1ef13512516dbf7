package dev.keypad.console;

import static dev.keypad.testing.Users.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;

import tools.jackson.databind.JsonNode;

import dev.keypad.testing.ConsoleSession;
import dev.keypad.testing.ConsoleSession.Page;
import dev.keypad.testing.KeypadServer;
import dev.keypad.testing.OnBothDatabases;

/**
 * The console's reading pages (issue 7): conferencing settings, the live meeting view, the mail
 * outbox and the audit log, for each role of SPEC §1.
 */
class ConsoleReadersIT extends OnBothDatabases {

    private static final String DOMAIN = "readers-console.test";

    private ConsoleSession admin;
    private ConsoleSession helpDesk;
    private ConsoleSession auditor;

    @BeforeParameterizedClassInvocation
    void signIn() {
        admin = ConsoleSession.signedIn(server, "admin", KeypadServer.ADMIN_TOKEN);
        helpDesk = ConsoleSession.signedIn(server, name("readers-desk"), newAccount("readers-desk", "helpdesk"));
        auditor = ConsoleSession.signedIn(server, name("readers-auditor"), newAccount("readers-auditor", "auditor"));
    }

    @Test
    void administratorChangesConferencingSettingsAndAPinLengthOutOfRangeIsRefusedNextToTheField() {
        JsonNode before = api.get("/api/v1/tenant-settings").json();
        int pinLength = before.get("pinLength").asInt();
        int otherLength = pinLength == 12 ? 11 : pinLength + 1;
        try {
            admin.get("/console/conferencing");
            Page saved = admin.post("/console/conferencing", settingsForm(Integer.toString(otherLength),
                    before.get("automaticallySendEmailsToUsers").asBoolean(), true));
            assertThat(saved.redirectsTo("/console/conferencing")).as(saved.toString()).isTrue();
            assertThat(admin.get("/console/conferencing").html()).contains("The conferencing settings are saved")
                    .contains("value=\"" + otherLength + "\"");
            JsonNode after = api.get("/api/v1/tenant-settings").json();
            assertThat(after.get("pinLength").asInt()).isEqualTo(otherLength);
            assertThat(after.get("allowPstnOnlyMeetingsByDefault").asBoolean()).isTrue();

            Page refused = admin.post("/console/conferencing", settingsForm("3", false, false));
            assertThat(refused.status()).isEqualTo(200);
            assertThat(refused.textOf("pinLength-error").orElseThrow()).contains("between 4 and 12");
            assertThat(refused.html()).contains("value=\"3\"").contains("aria-invalid=\"true\"");
            assertThat(api.get("/api/v1/tenant-settings").json()).as("nothing stored").isEqualTo(after);
            assertThat(admin.post("/console/conferencing", settingsForm("five", false, false)).textOf("pinLength-error").orElseThrow())
                    .contains("whole number");
        } finally {
            api.patch("/api/v1/tenant-settings", Map.of("pinLength", pinLength,
                    "allowPstnOnlyMeetingsByDefault", before.get("allowPstnOnlyMeetingsByDefault").asBoolean()));
        }
    }

    @Test
    void helpDeskAndAuditorReadTheConferencingSettingsButCannotChangeThem() {
        JsonNode settings = api.get("/api/v1/tenant-settings").json();
        for (ConsoleSession reader : List.of(helpDesk, auditor)) {
            Page page = reader.get("/console/conferencing");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.html()).doesNotContain("Save settings").contains("Only an administrator can change these settings");
            assertThat(page.html()).contains("<dd>" + settings.get("pinLength").asInt() + " digits</dd>");
            assertThat(reader.post("/console/conferencing", settingsForm("6", false, true)).status()).isEqualTo(403);
        }
        assertThat(api.get("/api/v1/tenant-settings").json()).isEqualTo(settings);
    }

    @Test
    void theMeetingPageShowsTheLobbyThenTheRosterOnceTheOrganizerEntersTheirPin() {
        JsonNode enabled = enabledOrganizer("organizer");
        String conferenceId = enabled.get("conferenceId").asString();
        assertThat(helpDesk.get("/console/meetings?conferenceId=" + conferenceId).redirectsTo("/console/meetings/" + conferenceId)).isTrue();

        JsonNode call = api.post("/api/v1/conference/join", Map.of("conferenceId", conferenceId, "callerId", "+14255550177")).json();
        Page lobby = helpDesk.get("/console/meetings/" + conferenceId);
        assertThat(lobby.textOf("meeting-state")).hasValue("Not started");
        assertThat(lobby.html()).contains("<td>+14255550177</td>");
        assertThat(lobby.html()).contains("Refresh").contains("/assets/meeting.js").contains("aria-live=\"polite\"");

        api.post("/api/v1/conference/organizer", Map.of("call", call.get("call").asString(), "pin", enabled.get("leaderPin").asString()));
        Page started = auditor.get("/console/meetings/" + conferenceId);
        assertThat(started.textOf("meeting-state")).hasValue("Started");
        assertThat(started.textOf("lobby-count")).hasValue("0");
        assertThat(started.textOf("roster-count")).hasValue("1");
        assertThat(started.html()).contains("+14255550177").contains("Organizer").doesNotContain(enabled.get("leaderPin").asString());
    }

    @Test
    void badOrUnknownConferenceIdsAreToldNextToTheField() {
        Page letters = helpDesk.get("/console/meetings?conferenceId=12ab");
        assertThat(letters.status()).isEqualTo(400);
        assertThat(letters.textOf("conferenceId-error").orElseThrow()).contains("7 digits");
        assertThat(letters.html()).contains("value=\"12ab\"");
        Page unknown = helpDesk.get("/console/meetings/0000001");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.textOf("conferenceId-error").orElseThrow()).contains("No user has the conference ID 0000001");
        assertThat(helpDesk.get("/console/meetings/123").status()).isEqualTo(400);
    }

    @Test
    void theConsoleEventStreamOfAMeetingSendsItsLobbyAtOnce() throws Exception {
        String conferenceId = enabledOrganizer("watched").get("conferenceId").asString();
        api.post("/api/v1/conference/join", Map.of("conferenceId", conferenceId, "callerId", "+14255550178"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/console/meetings/" + conferenceId + "/events"))
                .header("Cookie", "KEYPAD_SESSION=" + auditor.cookie()).header("Accept", "text/event-stream").build();
        CompletableFuture<String> firstEvent = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenApply(response -> {
                    // Closing the lines closes the stream, as a browser leaving the page does.
                    try (var lines = response.body()) {
                        return lines.filter(line -> line.startsWith("data:")).findFirst().orElse("");
                    }
                });
        try {
            assertThat(firstEvent.get(10, TimeUnit.SECONDS)).contains("\"conferenceId\":\"" + conferenceId + "\"")
                    .contains("+14255550178").contains("\"started\":false");
        } finally {
            firstEvent.cancel(true);
        }
        HttpResponse<String> unknown = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.baseUrl() + "/console/meetings/0000001/events"))
                .header("Cookie", "KEYPAD_SESSION=" + auditor.cookie()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void signingOutEndsTheSessionsEventStreams() throws Exception {
        String conferenceId = enabledOrganizer("signed-out-watch").get("conferenceId").asString();
        ConsoleSession watcher = ConsoleSession.signedIn(server, "admin", KeypadServer.ADMIN_TOKEN);
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/console/meetings/" + conferenceId + "/events"))
                .header("Cookie", "KEYPAD_SESSION=" + watcher.cookie()).header("Accept", "text/event-stream").build();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        CompletableFuture<Void> stream = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> {
                    try (var body = response.body()) {
                        body.forEach(lines::add);
                    }
                });
        assertThat(lines.poll(10, TimeUnit.SECONDS)).as("the stream opened").isNotNull();

        watcher.post("/sign-out", Map.of());
        // The server ends the stream with the session: closed cleanly or cut, it does not go on.
        assertThat(stream.handle((done, cut) -> true).get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void administratorFiltersTheOutboxRetriesAFailedMailAndCancelsAQueuedOneWithoutEverSeeingAPin() {
        String sip = aUser(name("mailed"), DOMAIN).addTo(server);
        long failed = mail(sip, "failed", "550 mailbox unavailable", null);
        long queued = mail(sip, "queued", null, "sealed-pin-must-not-show");

        Page failedOnly = admin.get("/console/mails?status=failed&identity=" + sip);
        assertThat(failedOnly.html()).contains("id=\"mail-" + failed + "\"").contains("550 mailbox unavailable").doesNotContain("id=\"mail-" + queued + "\"");
        Page both = admin.get("/console/mails?identity=" + sip);
        assertThat(both.html()).contains("id=\"mail-" + failed + "\"", "id=\"mail-" + queued + "\"")
                .doesNotContain("sealed-pin-must-not-show");
        assertThat(admin.get("/console/mails?identity=nobody@" + DOMAIN).textOf("identity-error")).isPresent();

        Page retried = admin.post("/console/mails/" + failed + "/retry", Map.of());
        assertThat(retried.redirectsTo("/console/mails/" + failed)).as(retried.toString()).isTrue();
        assertThat(admin.get("/console/mails/" + failed).html()).contains("is being sent again now");

        admin.get("/console/mails/" + queued);
        assertThat(admin.post("/console/mails/" + queued + "/cancel", Map.of()).redirectsTo("/console/mails/" + queued)).isTrue();
        Page cancelled = admin.get("/console/mails/" + queued);
        assertThat(cancelled.html()).contains("is cancelled").doesNotContain("sealed-pin-must-not-show");
        assertThat(cancelled.textOf("mail-status")).hasValue("cancelled");
        assertThat(server.jdbc().queryForObject("SELECT secret FROM mail_outbox WHERE id = ?", String.class, queued)).isNull();
        admin.post("/console/mails/" + queued + "/cancel", Map.of());
        assertThat(admin.get("/console/mails/" + queued).html()).contains("only a queued or failed mail can be cancelled");
        assertThat(admin.get("/console/mails/999999999").status()).isEqualTo(404);
    }

    @Test
    void auditorReadsTheOutboxWithoutButtonsAndCannotRetryOrCancel() {
        String sip = aUser(name("unsent"), DOMAIN).addTo(server);
        long failed = mail(sip, "failed", "421 try later", null);
        assertThat(admin.get("/console/mails/" + failed).html()).contains(">Retry</button>");
        Page list = auditor.get("/console/mails?identity=" + sip);
        assertThat(list.html()).contains("id=\"mail-" + failed + "\"").doesNotContain(">Retry</button>").doesNotContain(">Cancel</button>");
        assertThat(auditor.get("/console/mails/" + failed).html()).contains("421 try later").doesNotContain(">Retry</button>");
        assertThat(auditor.post("/console/mails/" + failed + "/retry", Map.of()).status()).isEqualTo(403);
        assertThat(auditor.post("/console/mails/" + failed + "/cancel", Map.of()).status()).isEqualTo(403);
        assertThat(server.jdbc().queryForObject("SELECT status FROM mail_outbox WHERE id = ?", String.class, failed)).isEqualTo("failed");
    }

    @Test
    void auditorFiltersTheAuditLogByActionAndTargetAndTheChainVerifiesIntact() {
        String sip = enabledOrganizer("audited").get("identity").asString();

        Page enabled = auditor.get("/console/audit?action=conferencing.enable&target=" + sip);
        assertThat(enabled.status()).isEqualTo(200);
        assertThat(enabled.html()).contains(sip).contains("conferencing.enable").doesNotContain("user.add");
        String byAdmin = auditor.get("/console/audit?actor=ADMIN&target=" + sip).html();
        assertThat(byAdmin.indexOf("conferencing.enable")).as("newest first").isPositive().isLessThan(byAdmin.indexOf("user.add"));
        assertThat(auditor.get("/console/audit?actor=somebody-else&target=" + sip).html()).contains("No records match");
        assertThat(auditor.get("/console/audit?action=user.add&target=" + sip).html()).contains("user.add").doesNotContain("conferencing.enable");
        assertThat(auditor.get("/console/audit?action=pin.unlock&target=" + sip).html()).contains("No records match");
        Page badSince = auditor.get("/console/audit?since=last+week");
        assertThat(badSince.status()).isEqualTo(400);
        assertThat(badSince.textOf("since-error").orElseThrow()).contains("2026-11-24");
        assertThat(auditor.get("/console/audit?since=2000-01-01T00:00&target=" + sip).html()).contains("conferencing.enable");

        Page verified = admin.get("/console/audit/verify");
        assertThat(verified.html()).contains("<strong>Intact.</strong>").doesNotContain("chain-broken");
        assertThat(verified.textOf("verified-records").orElseThrow()).matches("\\d+ records checked");
        assertThat(helpDesk.get("/console/audit").status()).isEqualTo(403);
        assertThat(helpDesk.get("/console/audit/verify").status()).isEqualTo(403);
        assertThat(helpDesk.get("/console/mails").html()).doesNotContain("href=\"/console/audit\"");
    }

    /** A new user enabled for conferencing: the enable result with identity, conferenceId and leaderPin. */
    private JsonNode enabledOrganizer(String name) {
        String sip = aUser(name(name), DOMAIN).addTo(server);
        return api.post("/api/v1/conferencing/users/enable", Map.of("identities", List.of(sip), "sendEmail", false))
                .json().get("results").get(0);
    }

    private Map<String, String> settingsForm(String pinLength, boolean automaticMails, boolean pstnOnly) {
        Map<String, String> form = new HashMap<>(Map.of("pinLength", pinLength));
        if (automaticMails) {
            form.put("automaticallySendEmailsToUsers", "true");
        }
        if (pstnOnly) {
            form.put("allowPstnOnlyMeetingsByDefault", "true");
        }
        return form;
    }

    /** A mail put straight into the outbox, due only in a year so that no relay sends it meanwhile. */
    private long mail(String sip, String status, String lastError, String secret) {
        Long userId = server.jdbc().queryForObject("SELECT id FROM users WHERE sip_address = ?", Long.class, sip);
        String messageId = "<" + UUID.randomUUID() + "@" + DOMAIN + ">";
        Timestamp now = Timestamp.from(Instant.now());
        server.jdbc().update("INSERT INTO mail_outbox (message_id, kind, user_id, identity, recipient, template_values, secret, "
                        + "secret_key_version, status, attempts, queued_at, retrying_since, next_attempt_at, last_error) "
                        + "VALUES (?, 'lockout', ?, ?, ?, '{}', ?, ?, ?, 3, ?, ?, ?, ?)",
                messageId, userId, sip, sip.substring(4), secret, secret == null ? null : 1, status, now, now,
                Timestamp.from(Instant.now().plus(365, ChronoUnit.DAYS)), lastError);
        return server.jdbc().queryForObject("SELECT id FROM mail_outbox WHERE message_id = ?", Long.class, messageId);
    }

    private String newAccount(String name, String role) {
        return api.post("/api/v1/accounts", Map.of("name", name(name), "role", role)).json().get("token").asString();
    }

    private String name(String name) {
        return name + "-" + database.name().toLowerCase();
    }
}
