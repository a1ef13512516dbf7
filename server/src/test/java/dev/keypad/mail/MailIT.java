package dev.keypad.mail;

import static dev.keypad.testing.Users.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

import dev.keypad.testing.Api;
import dev.keypad.testing.Mailbox;
import dev.keypad.testing.OwnServerWithMail;

/**
 * Notifications end to end (SPEC §5) against a real SMTP server, on H2 and PostgreSQL: the
 * content of every kind of mail, who gets one, the outbox through an SMTP outage, and an
 * administrator's retry and cancel. The server's clock is moved instead of waiting for back-off.
 */
class MailIT extends OwnServerWithMail {

    private static final String DOMAIN = "mail.test";
    private static final Pattern PIN_LINE = Pattern.compile("PIN: (\\d+)");

    @Test
    void aFirstPinIsAWelcomeAndAnAdministratorsResetMailsTheNewPinOnceThenTheOutboxForgetsIt() {
        String sip = user("reset", "reset@litwareinc.com");
        JsonNode welcome = set(Map.of("identities", List.of(sip), "pin", "730461", "mustChange", false)).get(0);
        assertThat(welcome.get("mail").get("status").asString()).isEqualTo("queued");
        JsonNode reset = set(Map.of("identities", List.of(sip))).get(0);
        String pin = reset.get("pin").asString();
        long mailId = reset.get("mail").get("id").asLong();
        assertThat(reset.get("mail").get("to").asString()).isEqualTo("reset@litwareinc.com");

        List<Mailbox.Received> mails = mailbox.await("reset@litwareinc.com", 2);
        Mailbox.Received first = mails.get(0);
        assertThat(first.kind()).isEqualTo("welcome");
        assertThat(first.text()).contains("PIN: 730461").contains("Hello reset");
        Mailbox.Received second = mails.get(1);
        assertThat(second.kind()).isEqualTo("pin-set");
        assertThat(second.subject()).isEqualTo("Your new phone sign-in PIN");
        assertThat(second.from()).isEqualTo("Keypad <keypad@litwareinc.com>");
        assertThat(second.contentType()).startsWith("multipart/alternative");
        assertThat(second.autoSubmitted()).isEqualTo("auto-generated");
        assertThat(second.text()).contains("PIN: " + pin).contains("choose a new PIN");
        assertThat(second.html()).contains(pin).contains("<html lang=\"en\"");

        awaitStatus(mailId, "sent");
        JsonNode listed = api.get("/api/v1/mails/" + mailId).json();
        assertThat(listed.get("messageId").asString()).isEqualTo(second.messageId());
        assertThat(listed.get("kind").asString()).isEqualTo("pin-set");
        assertThat(listed.get("holdsPin").asBoolean()).isFalse();
        assertThat(listed.toString()).doesNotContain(pin);
        assertThat(outboxRow(mailId)).as("the delivered mail's row").doesNotContain(pin);
        assertThat(mailbox.to("reset@litwareinc.com")).as("each mail once").hasSize(2);
    }

    @Test
    void aQueuedPinIsStoredOnlyEncryptedUntilDelivered() {
        String sip = user("sealed", "sealed@litwareinc.com");
        mailbox.stop();
        try {
            JsonNode result = set(Map.of("identities", List.of(sip), "pin", "846192", "mustChange", false)).get(0);
            long mailId = result.get("mail").get("id").asLong();
            Map<String, Object> row = server.jdbc().queryForMap("SELECT * FROM mail_outbox WHERE id = ?", mailId);
            assertThat(row.get("secret")).as("the PIN is kept, encrypted").isNotNull();
            assertThat(row.toString()).doesNotContain("846192");
            assertThat(api.get("/api/v1/mails/" + mailId).json().get("holdsPin").asBoolean()).isTrue();
        } finally {
            mailbox.start();
            server.clock().advance(Duration.ofMinutes(20));
        }
        assertThat(mailbox.await("sealed@litwareinc.com", 1).get(0).text()).contains("PIN: 846192");
        long mailId = api.get("/api/v1/mails", Map.of("identity", sip)).json().get("items").get(0).get("id").asLong();
        awaitStatus(mailId, "sent");
        assertThat(server.jdbc().queryForObject("SELECT secret FROM mail_outbox WHERE id = ?", String.class, mailId))
                .as("erased once delivered").isNull();
    }

    @Test
    void theVoicemailResetMailsAWorkingPinWithTheResetTextAndEveryLockSendsANotice() {
        api.put("/api/v1/policies/voicemail/global", Map.of("resetPinText", "Call the help desk at extension 4357.",
                "enabledText", "Dial 4000 to reach your mailbox."));
        String sip = user("voicemail", "voicemail@litwareinc.com");
        set("voicemail", Map.of("identities", List.of(sip), "pin", "730461", "mustChange", false));
        assertThat(mailbox.await("voicemail@litwareinc.com", 1).get(0).text())
                .as("the welcome carries enabledText").contains("Dial 4000 to reach your mailbox.");

        for (int failure = 1; failure <= 5; failure++) {
            phone.signIn(sip, "voicemail", "999999");
        }
        Mailbox.Received reset = mailbox.await("voicemail@litwareinc.com", 2).get(1);
        assertThat(reset.kind()).isEqualTo("pin-reset-after-failures");
        assertThat(reset.text()).contains("After 5 unsuccessful attempts").contains("Call the help desk at extension 4357.");
        String newPin = pinIn(reset.text());
        assertThat(reset.html()).contains(newPin);
        assertThat(phone.signIn(sip, "voicemail", newPin)).as("the mailed PIN works").isEqualTo("accepted-must-change");

        for (int failure = 1; failure <= 15; failure++) {
            phone.signIn(sip, "voicemail", "999999");
        }
        List<Mailbox.Received> mails = mailbox.await("voicemail@litwareinc.com", 5);
        assertThat(mails.stream().map(Mailbox.Received::kind))
                .containsExactly("welcome", "pin-reset-after-failures", "pin-reset-after-failures", "pin-reset-after-failures", "lockout");
        Mailbox.Received notice = mails.get(4);
        assertThat(notice.text()).contains("after 15 unsuccessful").contains("until your help desk or administrator unlocks");
        for (Mailbox.Received mail : mails.subList(1, 4)) {
            assertThat(notice.text()).doesNotContain(pinIn(mail.text()));
        }
        api.put("/api/v1/policies/voicemail/global", Map.of("resetPinText", "", "enabledText", ""));
    }

    @Test
    void aTemporaryLockoutNoticeSaysUntilWhenAndHoldsNoPin() {
        api.put("/api/v1/policies/phone/tag:MailTwoTries", Map.of("maximumLogonAttempts", 2));
        String sip = user("temporary", "temporary@litwareinc.com");
        api.post("/api/v1/policies/phone/grants", Map.of("identities", List.of(sip), "policy", "MailTwoTries"));
        set(Map.of("identities", List.of(sip), "pin", "604918", "mustChange", false, "sendEmail", false));
        assertThat(phone.signIn(sip, "phone", "111111")).isEqualTo("rejected");
        assertThat(phone.signIn(sip, "phone", "111111")).isEqualTo("locked");

        Mailbox.Received notice = mailbox.await("temporary@litwareinc.com", 1).get(0);
        assertThat(notice.kind()).isEqualTo("lockout");
        assertThat(notice.text()).contains("after 2 unsuccessful").contains("The lock is temporary: it ends by itself at ");
        assertThat(notice.text() + notice.html()).doesNotContain("604918");
    }

    @Test
    void conferenceMailsTellTheNewIdAndTheEndOfConferencingWithoutAPin() {
        String sip = user("organizer", "organizer@litwareinc.com");
        long userId = server.bean(dev.keypad.directory.FindUsers.class).one(sip).id();
        Outbox outbox = server.bean(Outbox.class);
        new TransactionTemplate(server.bean(org.springframework.transaction.PlatformTransactionManager.class))
                .executeWithoutResult(status -> outbox.queue(List.of(
                        Notice.about(MailKind.CONFERENCE_ID_CHANGED, userId, sip, "Organizer", "organizer@litwareinc.com", "conference")
                                .with("conferenceId", "4711230").with("oldConferenceId", "1234567").withoutPin(),
                        Notice.about(MailKind.CONFERENCING_DISABLED, userId, sip, "Organizer", "organizer@litwareinc.com", "conference")
                                .withoutPin())));

        List<Mailbox.Received> mails = mailbox.await("organizer@litwareinc.com", 2);
        assertThat(mails.get(0).kind()).isEqualTo("conference-id-changed");
        assertThat(mails.get(0).text()).contains("4711230").contains("1234567");
        assertThat(mails.get(0).html()).contains("4711230");
        assertThat(mails.get(1).kind()).isEqualTo("conferencing-disabled");
        assertThat(mails.get(1).subject()).isNotBlank();
    }

    @Test
    void theMailGoesToTheOverrideOrNowhereAsTheOperationAndTheTenantSettingSay() {
        String withAddress = user("chooser", "chooser@litwareinc.com");
        String without = aUser("noaddress", DOMAIN).addTo(server);

        JsonNode override = set(Map.of("identities", List.of(withAddress), "emailTo", "chooser@example.com")).get(0);
        assertThat(override.get("mail").get("to").asString()).isEqualTo("chooser@example.com");
        assertThat(mailbox.await("chooser@example.com", 1).get(0).text()).contains("PIN: " + override.get("pin").asString());

        JsonNode off = set(Map.of("identities", List.of(withAddress), "sendEmail", false)).get(0);
        assertThat(off.get("mail").get("status").asString()).isEqualTo("not-sent");

        JsonNode noAddress = set(Map.of("identities", List.of(without))).get(0);
        assertThat(noAddress.get("outcome").asString()).as("the PIN is set all the same").isEqualTo("changed");
        assertThat(noAddress.get("mail").get("status").asString()).isEqualTo("no-address");

        assertThat(api.patch("/api/v1/tenant-settings", Map.of("automaticallySendEmailsToUsers", false)).json()
                .get("automaticallySendEmailsToUsers").asBoolean()).isFalse();
        try {
            assertThat(set(Map.of("identities", List.of(withAddress))).get(0).get("mail").get("status").asString())
                    .as("automatic mails are off").isEqualTo("not-sent");
            assertThat(set(Map.of("identities", List.of(withAddress), "sendEmail", true)).get(0).get("mail").get("status").asString())
                    .as("an explicit request still sends").isEqualTo("queued");
        } finally {
            api.patch("/api/v1/tenant-settings", Map.of("automaticallySendEmailsToUsers", true));
        }
        mailbox.await("chooser@litwareinc.com", 1);
        assertThat(mailbox.to("chooser@litwareinc.com")).as("only the explicit one reached the user").hasSize(1);
        assertThat(api.get("/api/v1/audit", Map.of("action", "settings.set")).body()).contains("automaticallySendEmailsToUsers");
    }

    @Test
    void badMailOptionsAreRefusedAndChangeNothing() {
        String sip = user("badmail", "badmail@litwareinc.com");
        phone.setPin(sip, "phone", "730461");
        String changedAt = phone.info(sip, "phone").get("lastPinChangeTime").asString();
        int mailsBefore = outboxSize();

        Api.Response malformed = api.post("/api/v1/pins/set", Map.of("purpose", "phone", "identities", List.of(sip),
                "emailTo", "not an address"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("field").asString()).isEqualTo("emailTo");
        Api.Response contradictory = api.post("/api/v1/pins/set", Map.of("purpose", "phone", "identities", List.of(sip),
                "emailTo", "x@example.com", "sendEmail", false));
        assertThat(contradictory.status()).isEqualTo(400);
        assertThat(contradictory.json().get("detail").asString()).contains("emailTo").contains("sendEmail");

        assertThat(phone.info(sip, "phone").get("lastPinChangeTime").asString()).isEqualTo(changedAt);
        assertThat(outboxSize()).isEqualTo(mailsBefore);
        assertThat(api.get("/api/v1/mails", Map.of("status", "lost")).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/mails/999999999").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/mails/twelve").status()).isEqualTo(400);
    }

    @Test
    void mailsWaitOutAnSmtpOutageAndArriveOnceWhenItEnds() {
        List<String> users = List.of(user("outage1", "outage1@litwareinc.com"), user("outage2", "outage2@litwareinc.com"),
                user("outage3", "outage3@litwareinc.com"));
        mailbox.stop();
        List<Long> ids;
        try {
            ids = set(Map.of("identities", users)).valueStream().map(result -> result.get("mail").get("id").asLong()).toList();
            for (long id : ids) {
                Mailbox.eventually(() -> api.get("/api/v1/mails/" + id).json().get("lastError").isString(), Duration.ofSeconds(20),
                        "waiting for a failed attempt at mail " + id);
                JsonNode mail = api.get("/api/v1/mails/" + id).json();
                assertThat(mail.get("status").asString()).as("a refused connection is temporary").isEqualTo("queued");
                assertThat(mail.get("attempts").asInt()).isEqualTo(1);
            }
            String queued = api.get("/api/v1/mails", Map.of("status", "queued", "identity", users.get(0))).body();
            assertThat(queued).contains(users.get(0)).doesNotContain(users.get(1));
        } finally {
            mailbox.start();
        }
        server.clock().advance(Duration.ofMinutes(1)); // past the first back-off of 30 s
        for (int i = 0; i < users.size(); i++) {
            awaitStatus(ids.get(i), "sent");
            assertThat(mailbox.to("outage" + (i + 1) + "@litwareinc.com")).as("delivered once").hasSize(1);
        }
    }

    @Test
    void anAdministratorRetriesAFailedMailAndCancelsAnother() {
        String kept = user("retried", "retried@litwareinc.com");
        String dropped = user("cancelled", "cancelled@litwareinc.com");
        mailbox.stop();
        long keptId;
        long droppedId;
        try {
            keptId = set(Map.of("identities", List.of(kept))).get(0).get("mail").get("id").asLong();
            droppedId = set(Map.of("identities", List.of(dropped))).get(0).get("mail").get("id").asLong();
            awaitAttempts(keptId, 1);
            awaitAttempts(droppedId, 1);
            server.clock().advance(Duration.ofDays(3)); // beyond the two days delivery is tried for
            awaitStatus(keptId, "failed");
            awaitStatus(droppedId, "failed");
            assertThat(api.get("/api/v1/mails/" + keptId).json().get("lastError").asString()).startsWith("Gave up after 2 attempts");
            assertThat(api.get("/api/v1/mails/" + keptId).json().get("holdsPin").asBoolean()).as("kept for a retry").isTrue();

            JsonNode cancelled = api.post("/api/v1/mails/" + droppedId + "/cancel", Map.of()).json();
            assertThat(cancelled.get("status").asString()).isEqualTo("cancelled");
            assertThat(cancelled.get("holdsPin").asBoolean()).isFalse();
            assertThat(server.jdbc().queryForObject("SELECT secret FROM mail_outbox WHERE id = ?", String.class, droppedId)).isNull();
        } finally {
            mailbox.start();
        }
        assertThat(api.post("/api/v1/mails/" + keptId + "/retry", Map.of()).json().get("status").asString()).isEqualTo("queued");
        awaitStatus(keptId, "sent");
        assertThat(mailbox.to("retried@litwareinc.com")).hasSize(1);

        assertThat(api.post("/api/v1/mails/" + keptId + "/retry", Map.of()).status()).as("sent already").isEqualTo(409);
        assertThat(api.post("/api/v1/mails/" + keptId + "/cancel", Map.of()).status()).isEqualTo(409);
        assertThat(api.post("/api/v1/mails/" + droppedId + "/retry", Map.of()).status()).as("its PIN is gone").isEqualTo(409);
        assertThat(api.post("/api/v1/mails/999999999/cancel", Map.of()).status()).isEqualTo(404);
        assertThat(mailbox.to("cancelled@litwareinc.com")).isEmpty();
        String audit = api.get("/api/v1/audit", Map.of("target", dropped)).body() + api.get("/api/v1/audit", Map.of("target", kept)).body();
        assertThat(audit).contains("mail.cancel").contains("mail.retry");
    }

    private String user(String name, String email) {
        return aUser(name, DOMAIN).withDisplayName(name).with("email", email).addTo(server);
    }

    private JsonNode set(Map<String, Object> body) {
        return set("phone", body);
    }

    private JsonNode set(String purpose, Map<String, Object> body) {
        Map<String, Object> request = new HashMap<>(body);
        request.put("purpose", purpose);
        Api.Response response = api.post("/api/v1/pins/set", request);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("results");
    }

    private void awaitStatus(long id, String status) {
        Mailbox.eventually(() -> api.get("/api/v1/mails/" + id).json().get("status").asString().equals(status),
                Duration.ofSeconds(20), "waiting for mail " + id + " to be " + status);
    }

    private void awaitAttempts(long id, int attempts) {
        Mailbox.eventually(() -> api.get("/api/v1/mails/" + id).json().get("lastError").isString()
                        && api.get("/api/v1/mails/" + id).json().get("attempts").asInt() >= attempts,
                Duration.ofSeconds(20), "waiting for attempt " + attempts + " at mail " + id);
    }

    private String outboxRow(long id) {
        return server.jdbc().queryForMap("SELECT * FROM mail_outbox WHERE id = ?", id).toString();
    }

    private int outboxSize() {
        return server.jdbc().queryForObject("SELECT COUNT(*) FROM mail_outbox", Integer.class);
    }

    private static String pinIn(String text) {
        Matcher matcher = PIN_LINE.matcher(text);
        assertThat(matcher.find()).as("a PIN in " + text).isTrue();
        return matcher.group(1);
    }
}
