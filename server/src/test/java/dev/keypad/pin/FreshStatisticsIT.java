package dev.keypad.pin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.keypad.testing.Database;
import dev.keypad.testing.KeypadServer;

/**
 * A bulk operation that creates many PIN records refreshes PostgreSQL's statistics of the table,
 * so the rest of the operation is not planned as if the table were empty (docs/benchmarks.md).
 */
class FreshStatisticsIT {

    @Test
    void bulkLockThatCreatesManyRecordsAnalyzesThePinTable() {
        try (KeypadServer server = KeypadServer.start(Database.POSTGRES, Map.of("keypad.pins.analyze-after", "100"))) {
            StringBuilder csv = new StringBuilder("sipAddress,displayName,department\n");
            for (int i = 0; i < 150; i++) {
                csv.append("sip:stats").append(i).append("@stats.test,Stats ").append(i).append(",Stats\n");
            }
            server.admin().postCsv("/api/v1/users/import", csv.toString());
            assertThat(lastAnalyze(server)).isNull();

            var locked = server.admin().post("/api/v1/pins/lock", Map.of("purpose", "phone",
                    "selection", Map.of("ldapFilter", "(department=Stats)"))).json();
            assertThat(locked.get("changed").asInt()).isEqualTo(150);
            assertThat(lastAnalyze(server)).isNotNull();
            assertThat(server.admin().post("/api/v1/pins/unlock", Map.of("purpose", "phone",
                    "identities", List.of("sip:stats7@stats.test"))).json().get("changed").asInt()).isEqualTo(1);
        }
    }

    private static Object lastAnalyze(KeypadServer server) {
        return server.jdbc().queryForObject("SELECT last_analyze FROM pg_stat_user_tables WHERE relname = 'pins'", Object.class);
    }
}
