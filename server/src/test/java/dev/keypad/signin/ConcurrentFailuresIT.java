package dev.keypad.signin;

import static dev.keypad.testing.Users.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import dev.keypad.testing.Phone;
import dev.keypad.testing.TwoServersOnePostgres;

/**
 * Hundreds of concurrent wrong PINs at one user, from several threads and two servers sharing one
 * PostgreSQL: the PIN locks at exactly the limit, with no lost or double counts, and every attempt
 * after that is refused without being counted.
 */
class ConcurrentFailuresIT extends TwoServersOnePostgres {

    private static final int ATTEMPTS = 300;


    @Test
    void localLimitLocksAtExactlyTenFailures() throws Exception {
        String sip = aUser("local", "concurrent.test").addTo(first);
        new Phone(first.admin()).setPin(sip, "conference", "5307");
        Map<String, Long> outcomes = attack(sip);
        assertThat(outcomes).containsEntry("rejected", 9L).containsEntry("locked", (long) ATTEMPTS - 9);
        JsonNode info = new Phone(second.admin()).info(sip, "conference");
        assertThat(info.get("lockoutReason").asString()).isEqualTo("temporary");
        assertThat(info.get("failedAttempts").get("local").asInt()).isEqualTo(10);
        assertThat(info.get("failedAttempts").get("global").asInt()).isEqualTo(10);
        assertAudited(sip, ATTEMPTS);
    }

    @Test
    void globalLimitLocksAtExactlyOneHundredFailures() throws Exception {
        String sip = aUser("global", "concurrent.test").addTo(first);
        first.admin().put("/api/v1/policies/conference/tag:Patient", Map.of("maximumLogonAttempts", 999));
        first.admin().post("/api/v1/policies/conference/grants", Map.of("identities", List.of(sip), "policy", "Patient"));
        new Phone(first.admin()).setPin(sip, "conference", "5307");
        Map<String, Long> outcomes = attack(sip);
        assertThat(outcomes).containsEntry("rejected", 99L).containsEntry("locked", (long) ATTEMPTS - 99);
        JsonNode info = new Phone(second.admin()).info(sip, "conference");
        assertThat(info.get("lockoutReason").asString()).isEqualTo("failures");
        assertThat(info.get("failedAttempts").get("global").asInt()).isEqualTo(100);
        assertAudited(sip, ATTEMPTS);
    }

    /** Fires wrong PINs from eight threads, alternating between the two servers; counts the outcomes. */
    private Map<String, Long> attack(String sip) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> attempts = new ArrayList<>();
            for (int i = 0; i < ATTEMPTS; i++) {
                Phone phone = new Phone((i % 2 == 0 ? first : second).admin());
                attempts.add(pool.submit(() -> phone.signIn(sip, "conference", "8642")));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> attempt : attempts) {
                outcomes.add(attempt.get());
            }
            return outcomes.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        } finally {
            pool.shutdown();
        }
    }

    private void assertAudited(String sip, int attempts) {
        long audited = first.jdbc().queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'phone.sign-in' AND target = ?",
                Long.class, sip);
        assertThat(audited).isEqualTo(attempts);
        assertThat(second.admin().get("/api/v1/audit/verify").json().get("intact").asBoolean()).isTrue();
    }
}
