package dev.keypad.pin;

import static dev.keypad.testing.Users.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.keypad.testing.Database;
import dev.keypad.testing.KeypadServer;
import dev.keypad.testing.Phone;

/** Key rotation and new Argon2 settings: old PINs keep working and move over at their next sign-in. */
class PinRehashIT {

    @Test
    void rotatedKeyRehashesAPinAtItsNextSuccessfulSignIn() {
        try (KeypadServer server = KeypadServer.start(Database.H2, Map.of())) {
            Phone phone = new Phone(server.admin());
            String sip = aUser("rotate", "rehash.test").addTo(server);
            phone.setPin(sip, "phone", "48213");
            String before = storedHash(server, sip);
            assertThat(before).contains(",k=1$");

            assertThat(server.admin().post("/api/v1/pin-keys/rotate", Map.of()).json().get("currentVersion").asInt()).isEqualTo(2);
            assertThat(phone.signIn(sip, "phone", "48213")).isEqualTo("accepted");
            assertThat(storedHash(server, sip)).contains(",k=2$").isNotEqualTo(before);
            assertThat(phone.signIn(sip, "phone", "48213")).isEqualTo("accepted");
            assertThat(phone.signIn(sip, "phone", "48214")).isEqualTo("rejected");
            assertThat(server.admin().get("/api/v1/audit", Map.of("target", sip, "action", "phone.sign-in")).body())
                    .contains("re-hashed");
        }
    }

    @Test
    void strongerSettingsRehashAtTheNextSignInAndOldHashesStillVerify() {
        try (KeypadServer weak = KeypadServer.start(Database.H2, Map.of())) {
            Phone phone = new Phone(weak.admin());
            String sip = aUser("settings", "rehash.test").addTo(weak);
            phone.setPin(sip, "voicemail", "730461");
            assertThat(storedHash(weak, sip)).contains("m=8192,t=1");
            try (KeypadServer stronger = weak.startAnother(Map.of("keypad.argon2.memory-kib", "9216", "keypad.argon2.iterations", "2"))) {
                assertThat(new Phone(stronger.admin()).signIn(sip, "voicemail", "730461")).isEqualTo("accepted");
                assertThat(storedHash(stronger, sip)).contains("m=9216,t=2");
            }
        }
    }

    private static String storedHash(KeypadServer server, String sip) {
        return server.jdbc().queryForObject("SELECT p.pin_hash FROM pins p JOIN users u ON u.id = p.user_id WHERE u.sip_key = ?",
                String.class, sip);
    }
}
