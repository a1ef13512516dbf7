package dev.keypad.mail;

import static dev.keypad.testing.Users.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import dev.keypad.testing.Database;
import dev.keypad.testing.KeypadServer;
import dev.keypad.testing.Mailbox;

/** The embedded default (SPEC §5): without SMTP settings, each mail is an .eml file in the data folder. */
class EmlMailIT {

    @Test
    void withoutSmtpAMailBecomesAnOwnerOnlyEmlFileInTheDataFolder() throws IOException {
        KeypadServer server = KeypadServer.shared(Database.H2);
        String sip = aUser("eml", "eml.test").with("email", "eml@litwareinc.com").addTo(server);
        JsonNode result = server.admin().post("/api/v1/pins/set", Map.of("purpose", "voicemail", "identities", List.of(sip)))
                .json().get("results").get(0);
        long id = result.get("mail").get("id").asLong();
        Path folder = server.dataFolder().resolve("mail");
        Mailbox.eventually(() -> emlFiles(folder).anyMatch(file -> file.getFileName().toString().equals(String.format("%09d-welcome.eml", id))),
                Duration.ofSeconds(20), "waiting for the .eml file of mail " + id);

        Path file = folder.resolve(String.format("%09d-welcome.eml", id));
        String mail = Files.readString(file);
        assertThat(mail).contains("To: eml@litwareinc.com").contains("Message-ID: <").contains(result.get("pin").asString())
                .contains("multipart/alternative");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(server.admin().get("/api/v1/mails/" + id).json().get("status").asString()).isEqualTo("sent");
    }

    private static Stream<Path> emlFiles(Path folder) {
        try (Stream<Path> files = Files.isDirectory(folder) ? Files.list(folder) : Stream.empty()) {
            return files.toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }
}
