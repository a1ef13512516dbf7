package dev.keypad.mail;

import static dev.keypad.testing.Users.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.keypad.testing.Database;
import dev.keypad.testing.KeypadServer;
import dev.keypad.testing.Mailbox;

/** KEYPAD_SMTP_USER and KEYPAD_SMTP_PASSWORD: the relay logs in, and a refused login is retried, not lost. */
class SmtpLoginIT {

    @Test
    void theRelayLogsInAndAWrongPasswordKeepsTheMailQueuedWithTheReason() {
        try (Mailbox mailbox = new Mailbox("keypad", "s3cret-relay")) {
            Map<String, Object> right = new HashMap<>(mailbox.serverProperties());
            right.putAll(Map.of("keypad.smtp.user", "keypad", "keypad.smtp.password", "s3cret-relay"));
            try (KeypadServer server = KeypadServer.start(Database.H2, right)) {
                String sip = aUser("login", "login.test").with("email", "login@litwareinc.com").addTo(server);
                server.admin().post("/api/v1/pins/set", Map.of("purpose", "phone", "identities", List.of(sip)));
                assertThat(mailbox.await("login@litwareinc.com", 1).get(0).kind()).isEqualTo("welcome");
            }
            Map<String, Object> wrong = new HashMap<>(mailbox.serverProperties());
            wrong.putAll(Map.of("keypad.smtp.user", "keypad", "keypad.smtp.password", "not-the-password"));
            try (KeypadServer server = KeypadServer.start(Database.H2, wrong)) {
                String sip = aUser("refused", "login.test").with("email", "refused@litwareinc.com").addTo(server);
                long id = server.admin().post("/api/v1/pins/set", Map.of("purpose", "phone", "identities", List.of(sip)))
                        .json().get("results").get(0).get("mail").get("id").asLong();
                Mailbox.eventually(() -> server.admin().get("/api/v1/mails/" + id).json().get("lastError").isString(),
                        Duration.ofSeconds(20), "waiting for the refused login");
                assertThat(server.admin().get("/api/v1/mails/" + id).json().get("status").asString()).isEqualTo("queued");
                assertThat(server.admin().get("/api/v1/mails/" + id).json().get("lastError").asString()).containsIgnoringCase("auth")
                        .doesNotContain("not-the-password");
                assertThat(mailbox.to("refused@litwareinc.com")).isEmpty();
            }
        }
    }
}
