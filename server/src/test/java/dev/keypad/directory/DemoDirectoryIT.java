package dev.keypad.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import dev.keypad.testing.Database;
import dev.keypad.testing.KeypadServer;

/** {@code --demo} fills an empty directory with Litware users, once. */
class DemoDirectoryIT {

    @Test
    void demoFillsAnEmptyDirectoryOnlyOnce() {
        try (KeypadServer server = KeypadServer.start(Database.H2, Map.of("keypad.demo", "true"))) {
            JsonNode ken = server.admin().get("/api/v1/users", Map.of("identity", "litwareinc\\kenmyer")).json().get("items").get(0);
            assertThat(ken.get("identity").asString()).isEqualTo("sip:kenmyer@litwareinc.com");
            assertThat(ken.get("displayName").asString()).isEqualTo("Ken Myer");
            long users = server.jdbc().queryForObject("SELECT COUNT(*) FROM users", Long.class);
            assertThat(users).isGreaterThan(5);
            assertThat(server.admin().get("/api/v1/audit", Map.of("target", "sip:kenmyer@litwareinc.com")).json()
                    .get("items").get(0).get("actor").asString()).isEqualTo("system:demo");

            try (KeypadServer again = server.startAnother()) {
                assertThat(again.jdbc().queryForObject("SELECT COUNT(*) FROM users", Long.class)).isEqualTo(users);
            }
        }
    }
}
