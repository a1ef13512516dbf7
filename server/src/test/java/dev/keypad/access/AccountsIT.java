package dev.keypad.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.keypad.testing.Api;
import dev.keypad.testing.ConsoleSession;
import dev.keypad.testing.Database;
import dev.keypad.testing.KeypadServer;

/** API accounts and the first administrator (SPEC §8 start-up contract). */
@ExtendWith(OutputCaptureExtension.class)
class AccountsIT {

    @Test
    void firstStartWritesAnOwnerOnlyTokenFileAndNeverLogsTheToken(CapturedOutput output) throws Exception {
        try (KeypadServer server = KeypadServer.start(Database.H2, Map.of("KEYPAD_BOOTSTRAP_TOKEN", ""))) {
            Path file = server.dataFolder().resolve("initial-admin-token");
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            String token = Files.readString(file).trim();
            assertThat(token).startsWith("kp_").hasSizeGreaterThan(40);
            Api.Response whoami = server.api(token).get("/api/v1/whoami");
            assertThat(whoami.json().get("role").asString()).isEqualTo("administrator");
            assertThat(output.getAll()).contains("initial-admin-token").doesNotContain(token);
            assertThat(server.admin().get("/api/v1/whoami").status()).as("the test token was not configured").isEqualTo(401);
        }
    }

    @Test
    void newAccountGetsATokenOnceAndLosesItWhenRemoved() {
        KeypadServer server = KeypadServer.shared(Database.H2);
        Api.Response created = server.admin().post("/api/v1/accounts", Map.of("name", "pbx-1", "role", "gateway"));
        assertThat(created.status()).isEqualTo(201);
        Api pbx = server.api(created.json().get("token").asString());
        assertThat(pbx.get("/api/v1/whoami").json().get("account").asString()).isEqualTo("pbx-1");
        assertThat(server.admin().get("/api/v1/accounts").body()).contains("pbx-1").doesNotContain("token");
        assertThat(server.admin().delete("/api/v1/accounts/pbx-1").status()).isEqualTo(204);
        assertThat(pbx.get("/api/v1/whoami").status()).isEqualTo(401);
        assertThat(server.jdbc().queryForObject("SELECT COUNT(*) FROM api_tokens t JOIN accounts a ON a.id = t.account_id "
                + "WHERE a.name = 'pbx-1'", Long.class)).isZero();
    }

    @Test
    void badAccountInputIsClearError() {
        Api admin = KeypadServer.shared(Database.H2).admin();
        assertThat(admin.post("/api/v1/accounts", Map.of("name", "x", "role", "superuser")).json().get("field").asString())
                .isEqualTo("role");
        assertThat(admin.post("/api/v1/accounts", Map.of("name", "has space", "role", "auditor")).json().get("field").asString())
                .isEqualTo("name");
        assertThat(admin.post("/api/v1/accounts", Map.of("name", "admin", "role", "auditor")).status()).isEqualTo(409);
        assertThat(admin.delete("/api/v1/accounts/admin").json().get("detail").asString()).contains("cannot remove itself");
    }

    @Test
    void anAdministratorUnblocksAConsoleSignInThatFailuresBlocked() {
        KeypadServer server = KeypadServer.shared(Database.H2);
        String token = server.admin().post("/api/v1/accounts", Map.of("name", "desk-unblock", "role", "helpdesk")).json()
                .get("token").asString();
        for (int failure = 0; failure < 5; failure++) {
            new ConsoleSession(server.baseUrl()).signIn("desk-unblock", "not the password " + failure);
        }
        assertThat(new ConsoleSession(server.baseUrl()).signIn("desk-unblock", token).location()).endsWith("/sign-in?failed");

        Api.Response unblocked = server.admin().post("/api/v1/accounts/desk-unblock/unblock", Map.of());
        assertThat(unblocked.json().get("unblocked").asBoolean()).as(unblocked.toString()).isTrue();
        assertThat(new ConsoleSession(server.baseUrl()).signIn("desk-unblock", token).location()).endsWith("/console");
        assertThat(server.admin().post("/api/v1/accounts/desk-unblock/unblock", Map.of()).json().get("unblocked").asBoolean())
                .as("not blocked any more: nothing to do").isFalse();
        assertThat(server.admin().post("/api/v1/accounts/nobody-here/unblock", Map.of()).status()).isEqualTo(404);
        assertThat(server.jdbc().queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'account.unblock' AND target = ?",
                Integer.class, "desk-unblock")).isOne();
    }
}
