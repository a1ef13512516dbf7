package dev.keypad.console.selfservice;

import static dev.keypad.testing.Users.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;

import dev.keypad.testing.ConsoleSession;
import dev.keypad.testing.KeypadServer;
import dev.keypad.testing.Mailbox;
import dev.keypad.testing.OwnServerWithMail;

/**
 * Self-service by a mailed one-time link (issue 7, ADR 0013), on H2 and PostgreSQL, with a real
 * SMTP server: asking for a link says nothing about who exists, the link works once for 15
 * minutes, and a signed-in user resets and changes their own PINs and nobody else's.
 */
class SelfServiceIT extends OwnServerWithMail {

    private static final String DOMAIN = "self.test";
    private static final Pattern LINK = Pattern.compile("(http://\\S+/self/sign-in\\?token=)([A-Za-z0-9_-]+)");
    private static final String NEUTRAL = "If that address belongs to a Keypad user with a mail address, a link is on its way;";

    @BeforeParameterizedClassInvocation
    void lockVoicemailPinsQuickly() {
        // Three failures lock a voicemail PIN, without resets on the way, so a lock is quick to make.
        api.put("/api/v1/policies/voicemail/global", Map.of("logonFailuresBeforePinReset", 0, "maxLogonAttempts", 3));
    }

    @Test
    void mailsALinkThatAGetDoesNotUseAndAPostUsesExactlyOnce() {
        String sip = user("ken", "ken@litwareinc.com");
        ConsoleSession asker = new ConsoleSession(server.baseUrl());
        asker.get("/self");
        ConsoleSession.Page sent = asker.post("/self/link", Map.of("identity", sip.substring("sip:".length())));
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.textOf("link-sent").orElseThrow()).startsWith(NEUTRAL);

        Mailbox.Received mail = linkMails("ken@litwareinc.com", 1).get(0);
        assertThat(mail.kind()).isEqualTo("sign-in-link");
        assertThat(mail.text()).contains("works once, for 15 minutes").contains("did not ask for this");
        Matcher link = LINK.matcher(mail.text());
        assertThat(link.find()).isTrue();
        assertThat(link.group(1)).as("KEYPAD_PUBLIC_URL's default, never the request's host")
                .startsWith("http://localhost:" + server.baseUrl().substring(server.baseUrl().lastIndexOf(':') + 1));
        String token = link.group(2);
        assertThat(token).hasSize(43);

        ConsoleSession browser = new ConsoleSession(server.baseUrl());
        ConsoleSession.Page opened = browser.get("/self/sign-in?token=" + token);
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.html()).contains("Continue");
        assertThat(server.jdbc().queryForObject("SELECT COUNT(*) FROM self_service_links l JOIN users u ON u.id = l.user_id "
                + "WHERE u.sip_address = ? AND used_at IS NULL", Integer.class, sip)).as("opening the link does not use it").isEqualTo(1);
        String cookieBefore = browser.cookie();
        assertThat(browser.post("/self/sign-in", Map.of("token", token)).redirectsTo("/self/pins")).isTrue();
        assertThat(browser.cookie()).as("a new session id").isNotEqualTo(cookieBefore);
        ConsoleSession.Page pins = browser.get("/self/pins");
        assertThat(pins.status()).isEqualTo(200);
        assertThat(pins.textOf("who").orElseThrow()).contains("ken");
        assertThat(pins.html()).contains(sip);

        ConsoleSession again = new ConsoleSession(server.baseUrl());
        again.get("/self/sign-in?token=" + token);
        ConsoleSession.Page refused = again.post("/self/sign-in", Map.of("token", token));
        assertThat(refused.status()).isEqualTo(410);
        assertThat(refused.textOf("link-refused").orElseThrow()).contains("expired or was used already");

        Mailbox.eventually(() -> server.jdbc().queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE identity = ? AND status = 'sent'",
                Integer.class, sip) == 1, Duration.ofSeconds(20), "waiting for the link mail to count as sent");
        assertThat(server.jdbc().queryForList("SELECT * FROM mail_outbox WHERE identity = ?", sip).toString())
                .doesNotContain(token).contains("secret=null");
        List<Map<String, Object>> audit = server.jdbc().queryForList(
                "SELECT actor, action, target, outcome, details FROM audit_log WHERE action IN ('self.link', 'self.sign-in') AND target = ?", sip);
        assertThat(audit).extracting(row -> row.get("action") + " " + row.get("actor") + " " + row.get("outcome"))
                .contains("self.link anonymous success", "self.sign-in self:" + sip + " success", "self.sign-in anonymous refused");
        assertThat(server.jdbc().queryForObject("SELECT COUNT(*) FROM audit_log WHERE details LIKE ? OR target LIKE ? OR actor LIKE ?",
                Integer.class, "%" + token + "%", "%" + token + "%", "%" + token + "%")).as("no token in the audit log").isZero();
    }

    @Test
    void anUnknownAddressAndAUserWithoutMailGetTheSameAnswerAndNoMail() {
        String sip = user("nomail", null);
        ConsoleSession asker = new ConsoleSession(server.baseUrl());
        asker.get("/self");
        String unknown = asker.post("/self/link", Map.of("identity", "nobody@" + DOMAIN)).textOf("link-sent").orElseThrow();
        String noMail = asker.post("/self/link", Map.of("identity", sip)).textOf("link-sent").orElseThrow();

        assertThat(noMail).isEqualTo(unknown).startsWith(NEUTRAL);
        assertThat(server.jdbc().queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE kind = 'sign-in-link' AND identity = ?",
                Integer.class, sip)).isZero();
    }

    @Test
    void mailsAtMostOneLinkAMinuteAndALinkRunsOutAfterFifteenMinutes() {
        String sip = user("often", "often@litwareinc.com");
        ConsoleSession asker = new ConsoleSession(server.baseUrl());
        asker.get("/self");
        asker.post("/self/link", Map.of("identity", sip));
        ConsoleSession.Page second = asker.post("/self/link", Map.of("identity", sip));
        assertThat(second.textOf("link-sent").orElseThrow()).startsWith(NEUTRAL);
        assertThat(links(sip)).as("the second request within a minute mails nothing").isEqualTo(1);

        String token = tokenIn(linkMails("often@litwareinc.com", 1).get(0));
        server.clock().advance(Duration.ofMinutes(16));
        ConsoleSession browser = new ConsoleSession(server.baseUrl());
        browser.get("/self/sign-in?token=" + token);
        assertThat(browser.post("/self/sign-in", Map.of("token", token)).status()).as("expired").isEqualTo(410);

        asker.post("/self/link", Map.of("identity", sip));
        assertThat(links(sip)).as("a minute later, a new link").isEqualTo(2);
    }

    @Test
    void aLinkBroughtTwiceAtOnceSignsInOnlyOnce() throws Exception {
        String sip = user("twice", "twice@litwareinc.com");
        String token = askForLink(sip, "twice@litwareinc.com", 1);
        ConsoleSession first = new ConsoleSession(server.baseUrl());
        ConsoleSession second = new ConsoleSession(server.baseUrl());
        first.get("/self/sign-in?token=" + token);
        second.get("/self/sign-in?token=" + token);

        CompletableFuture<ConsoleSession.Page> one = CompletableFuture.supplyAsync(() -> first.post("/self/sign-in", Map.of("token", token)));
        CompletableFuture<ConsoleSession.Page> two = CompletableFuture.supplyAsync(() -> second.post("/self/sign-in", Map.of("token", token)));

        assertThat(List.of(one.get(), two.get())).extracting(ConsoleSession.Page::status).containsExactlyInAnyOrder(302, 410);
    }

    @Test
    void aResetShowsANewPinOnceThatWorksAndLetsTheUserInAgainAfterALockout() {
        String sip = user("reset", "reset@litwareinc.com");
        phone.setPin(sip, "phone", "730461");
        phone.setPin(sip, "voicemail", "730461");
        for (int failure = 0; failure < 3; failure++) {
            phone.signIn(sip, "voicemail", "999999");
        }
        assertThat(phone.info(sip, "voicemail").get("isLockedOut").asBoolean()).isTrue();
        ConsoleSession self = signedIn(sip, "reset@litwareinc.com");
        assertThat(self.get("/self/pins").textOf("voicemail-status").orElseThrow()).contains("Locked");

        ConsoleSession.Page phoneReset = self.post("/self/pins/phone/reset", Map.of());
        String phonePin = phoneReset.textOf("shown-once-value").orElseThrow();
        assertThat(phonePin).matches("\\d{5,}");
        assertThat(phone.signIn(sip, "phone", phonePin)).isEqualTo("accepted");
        ConsoleSession.Page voicemailReset = self.post("/self/pins/voicemail/reset", Map.of());
        String voicemailPin = voicemailReset.textOf("shown-once-value").orElseThrow();
        assertThat(phone.signIn(sip, "voicemail", voicemailPin)).as("the lock is gone").isEqualTo("accepted");
        assertThat(self.get("/self/pins").html()).as("shown once").doesNotContain(phonePin).doesNotContain(voicemailPin);

        List<Map<String, Object>> audit = server.jdbc().queryForList(
                "SELECT actor, source, details FROM audit_log WHERE action = 'pin.set' AND target = ? AND actor = ?", sip, "self:" + sip);
        assertThat(audit).hasSize(2).allSatisfy(row -> assertThat(row.get("source")).isNotNull());
        assertThat(audit.toString()).doesNotContain(phonePin).doesNotContain(voicemailPin);
    }

    @Test
    void aChangeRefusesARecentPinNextToTheFieldAndTakesAGoodOne() {
        String sip = user("change", "change@litwareinc.com");
        phone.setPin(sip, "voicemail", "730461");
        ConsoleSession self = signedIn(sip, "change@litwareinc.com");
        self.get("/self/pins/voicemail/change");

        ConsoleSession.Page good = self.post("/self/pins/voicemail/change", Map.of("pin", "846192", "repeated", "846192"));
        assertThat(good.redirectsTo("/self/pins")).isTrue();
        assertThat(phone.signIn(sip, "voicemail", "846192")).isEqualTo("accepted");

        self.get("/self/pins/voicemail/change");
        ConsoleSession.Page recent = self.post("/self/pins/voicemail/change", Map.of("pin", "730461", "repeated", "730461"));
        assertThat(recent.status()).isEqualTo(422);
        assertThat(recent.textOf("pin-error").orElseThrow()).contains("must differ from");
        ConsoleSession.Page different = self.post("/self/pins/voicemail/change", Map.of("pin", "591736", "repeated", "591737"));
        assertThat(different.textOf("repeated-error").orElseThrow()).contains("not the same");
        assertThat(phone.signIn(sip, "voicemail", "846192")).as("nothing changed on error").isEqualTo("accepted");
        assertThat(server.jdbc().queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'pin.change' AND actor = ?",
                Integer.class, "self:" + sip)).isEqualTo(1);
    }

    @Test
    void anOrganizerResetsTheirLeaderPinAndTheNewOneStartsTheirMeeting() {
        String sip = user("organizer", "organizer@litwareinc.com");
        String conferenceId = api.post("/api/v1/conferencing/users/enable", Map.of("identities", List.of(sip), "sendEmail", false))
                .json().get("results").get(0).get("conferenceId").asString();
        ConsoleSession self = signedIn(sip, "organizer@litwareinc.com");
        assertThat(self.get("/self/pins").textOf("conference-heading")).hasValue("Conference leader PIN");

        ConsoleSession.Page reset = self.post("/self/conference/reset-leader-pin", Map.of());
        String leaderPin = reset.textOf("shown-once-value").orElseThrow();
        assertThat(leaderPin).matches("\\d{5,}");
        String call = api.post("/api/v1/conference/join", Map.of("conferenceId", conferenceId, "callerId", "+14255550100"))
                .json().get("call").asString();
        assertThat(api.post("/api/v1/conference/organizer", Map.of("call", call, "pin", leaderPin)).json().get("state").asString())
                .isEqualTo("in-meeting");
        assertThat(self.get("/self/pins").html()).as("shown once").doesNotContain(leaderPin);

        ConsoleSession stranger = signedIn(user("stranger", "stranger@litwareinc.com"), "stranger@litwareinc.com");
        assertThat(stranger.get("/self/pins").html()).as("no leader PIN for a user who organizes nothing")
                .doesNotContain("Conference leader PIN");
        assertThat(stranger.post("/self/conference/reset-leader-pin", Map.of()).status()).isIn(404, 409);
    }

    @Test
    void aUserWithAVeryLongSipAddressIsRecordedWholeAsTheActor() {
        String sip = user("l".repeat(230), "long@litwareinc.com");
        phone.setPin(sip, "phone", "730461");
        ConsoleSession self = signedIn(sip, "long@litwareinc.com");
        assertThat(self.post("/self/pins/phone/reset", Map.of()).textOf("shown-once-value")).isPresent();
        assertThat(server.jdbc().queryForList("SELECT actor FROM audit_log WHERE action = 'pin.set' AND target = ? AND actor <> 'admin'", String.class, sip))
                .containsExactly("self:" + sip);
    }

    @Test
    void aSelfServiceSessionIsNoConsoleSessionAndTheOtherWayRound() {
        String sip = user("roles", "roles@litwareinc.com");
        ConsoleSession self = signedIn(sip, "roles@litwareinc.com");
        ConsoleSession.Page console = self.get("/console/users");
        assertThat(console.status() == 403 || console.location() != null).as(console.toString()).isTrue();

        ConsoleSession admin = ConsoleSession.signedIn(server, "admin", KeypadServer.ADMIN_TOKEN);
        ConsoleSession.Page pins = admin.get("/self/pins");
        assertThat(pins.status()).isEqualTo(403);
    }

    private String user(String name, String email) {
        var user = aUser(name, DOMAIN);
        if (email != null) {
            user.with("email", email);
        }
        return user.addTo(server);
    }

    private int links(String sip) {
        return server.jdbc().queryForObject("SELECT COUNT(*) FROM self_service_links l JOIN users u ON u.id = l.user_id "
                + "WHERE u.sip_address = ?", Integer.class, sip);
    }

    private String askForLink(String sip, String address, int mailCount) {
        ConsoleSession asker = new ConsoleSession(server.baseUrl());
        asker.get("/self");
        asker.post("/self/link", Map.of("identity", sip));
        return tokenIn(linkMails(address, mailCount).get(mailCount - 1));
    }

    /** The link mails to an address, once there are {@code count}; an administrator's PIN mails may come too. */
    private List<Mailbox.Received> linkMails(String address, int count) {
        Mailbox.eventually(() -> mailbox.to(address).stream().filter(mail -> "sign-in-link".equals(mail.kind())).count() >= count,
                Duration.ofSeconds(20), "waiting for " + count + " link mails to " + address);
        return mailbox.to(address).stream().filter(mail -> "sign-in-link".equals(mail.kind())).toList();
    }

    private ConsoleSession signedIn(String sip, String address) {
        String token = askForLink(sip, address, 1);
        ConsoleSession self = new ConsoleSession(server.baseUrl());
        self.get("/self/sign-in?token=" + token);
        if (!self.post("/self/sign-in", Map.of("token", token)).redirectsTo("/self/pins")) {
            throw new AssertionError("Could not sign in as " + sip);
        }
        self.get("/self/pins");
        return self;
    }

    private static String tokenIn(Mailbox.Received mail) {
        Matcher link = LINK.matcher(mail.text());
        if (!link.find()) {
            throw new AssertionError("No link in " + mail.text());
        }
        return link.group(2);
    }
}
