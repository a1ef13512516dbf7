package dev.keypad.pin;

import static dev.keypad.testing.Users.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.keypad.testing.Api;
import dev.keypad.testing.ConsoleSession;
import dev.keypad.testing.Database;
import dev.keypad.testing.KeypadServer;
import dev.keypad.testing.Phone;

/**
 * SPEC §7: no PIN in a log line, an audit record, an error body, a stored row or any answer but the
 * one that created it. A full scenario runs with known PINs, long enough never to turn up by chance
 * in a timestamp, port or id; then every place is searched for them.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoPinLeakIT {

    private static final String PHONE_PIN = "730461829";
    private static final String NEW_PHONE_PIN = "846192037";
    private static final String WRONG_PIN = "604918273";
    private static final String VOICEMAIL_PIN = "58204917";

    @Test
    void noPinAppearsAnywhereButInTheAnswerThatCreatedIt(CapturedOutput output) {
        KeypadServer server = KeypadServer.shared(Database.H2);
        Api api = server.admin();
        Phone phone = new Phone(api);
        List<String> answers = new ArrayList<>();
        String sip = aUser("leak", "leak.test").withExtension("7301").with("email", "leak@litwareinc.com").addTo(server);

        api.put("/api/v1/policies/phone/tag:LeakLong", Map.of("minLength", 12, "generatedLength", 12));
        api.post("/api/v1/policies/phone/grants", Map.of("identities", List.of(sip), "policy", "LeakLong"));
        String generated = phone.generatePin(sip, "phone");
        assertThat(generated).hasSize(12);
        api.post("/api/v1/policies/phone/grants", java.util.Collections.singletonMap("identities", List.of(sip)));

        answers.add(api.post("/api/v1/pins/set", Map.of("purpose", "phone", "identities", List.of(sip), "pin", PHONE_PIN)).body());
        answers.add(api.post("/api/v1/pins/set", Map.of("purpose", "voicemail", "identities", List.of(sip), "pin", VOICEMAIL_PIN)).body());
        answers.add(api.post("/api/v1/pins/set", Map.of("purpose", "phone", "identities", List.of(sip), "pin", "123456789")).body());
        answers.add(api.post("/api/v1/phone/sign-in", Map.of("purpose", "phone", "identity", sip, "pin", WRONG_PIN)).body());
        answers.add(api.post("/api/v1/phone/sign-in", Map.of("purpose", "phone", "identity", sip, "pin", PHONE_PIN)).body());
        answers.add(api.post("/api/v1/phone/sign-in", Map.of("purpose", "voicemail", "extension", "7301", "pin", VOICEMAIL_PIN)).body());
        answers.add(phone.changePin(sip, "phone", PHONE_PIN, "135792468").body());
        answers.add(phone.changePin(sip, "phone", PHONE_PIN, NEW_PHONE_PIN).body());
        answers.add(phone.changePin(sip, "voicemail", VOICEMAIL_PIN, NEW_PHONE_PIN).body());
        answers.add(phone.changePin(sip, "voicemail", NEW_PHONE_PIN, VOICEMAIL_PIN).body());
        answers.add(phone.changePin(sip, "phone", WRONG_PIN, NEW_PHONE_PIN).body());
        answers.add(api.post("/api/v1/phone/sign-in", Map.of("purpose", "phone", "identity", sip, "pin", "7304618x9")).body());
        answers.add(api.post("/api/v1/pins/lock", Map.of("purpose", "phone", "identities", List.of(sip))).body());
        answers.add(api.post("/api/v1/pins/unlock", Map.of("purpose", "phone", "identities", List.of(sip))).body());
        answers.add(api.get("/api/v1/pins", Map.of("purpose", "phone", "identity", sip)).body());
        answers.add(api.get("/api/v1/pins", Map.of("purpose", "voicemail", "where", "set")).body());
        answers.add(api.get("/api/v1/audit", Map.of("target", sip, "limit", "1000")).body());
        answers.add(api.get("/api/v1/audit", Map.of("action", "phone.sign-in", "limit", "1000")).body());
        answers.add(api.get("/api/v1/mails", Map.of("identity", sip)).body());

        List<String> stored = new ArrayList<>();
        for (String table : List.of("pins", "pin_history", "audit_log", "users", "pin_policies", "mail_outbox")) {
            server.jdbc().queryForList("SELECT * FROM " + table).forEach(row -> stored.add(row.toString()));
        }
        for (String pin : List.of(PHONE_PIN, NEW_PHONE_PIN, WRONG_PIN, VOICEMAIL_PIN, generated, "123456789", "135792468")) {
            assertThat(output.getAll()).as("logs").doesNotContain(pin);
            answers.forEach(answer -> assertThat(answer).as("an answer").doesNotContain(pin));
            stored.forEach(row -> assertThat(row).as("a stored row").doesNotContain(pin));
        }
        assertThat(String.join("\n", answers)).contains("sequential-run").contains("history").contains("changed")
                .as("mails were queued, each holding its PIN only encrypted").contains("\"kind\":\"pin-set\"");
    }

    @Test
    void theConsoleShowsAGeneratedPinOnlyInTheAnswerThatMadeItAndNeverEchoesATypedOne(CapturedOutput output) {
        KeypadServer server = KeypadServer.shared(Database.H2);
        String sip = aUser("leak.console", "leak.test").withExtension("7302").with("email", "leak.console@litwareinc.com").addTo(server);
        long id = server.jdbc().queryForObject("SELECT id FROM users WHERE sip_address = ?", Long.class, sip);
        ConsoleSession console = ConsoleSession.signedIn(server, "admin", KeypadServer.ADMIN_TOKEN);
        List<String> pages = new ArrayList<>();
        String typed = "961730482";
        String refused = "123456789";

        console.get("/console/users/" + id);
        pages.add(console.post("/console/users/" + id + "/pins/phone/set", Map.of("mode", "type", "pin", typed, "mail", "send")).html());
        pages.add(console.post("/console/users/" + id + "/pins/phone/set", Map.of("mode", "type", "pin", refused)).html());
        ConsoleSession.Page generatedPage = console.post("/console/users/" + id + "/pins/voicemail/set", Map.of("mode", "generate", "mail", "send"));
        String generated = generatedPage.textOf("shown-once-value").orElseThrow();
        pages.add(console.get("/console/users/" + id).html());
        pages.add(console.get("/console/audit?target=" + sip).html());
        pages.add(console.get("/console/mails?identity=" + sip).html());
        pages.add(console.get("/console/users?q=" + sip).html());

        assertThat(generatedPage.html()).contains(generated);
        assertThat(server.admin().post("/api/v1/phone/sign-in", Map.of("purpose", "phone", "identity", sip, "pin", typed))
                .json().get("outcome").asString()).as("the typed PIN was set").startsWith("accepted");
        for (String pin : List.of(typed, refused, generated)) {
            assertThat(output.getAll()).as("logs").doesNotContain(pin);
            pages.forEach(page -> assertThat(page).as("a console page").doesNotContain(pin));
            server.jdbc().queryForList("SELECT * FROM audit_log WHERE target = ?", sip)
                    .forEach(row -> assertThat(row.toString()).as("an audit record").doesNotContain(pin));
        }
    }
}
