package dev.keypad.directory;

import static dev.keypad.testing.Users.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import dev.keypad.testing.Api;
import dev.keypad.testing.KeypadServer;
import dev.keypad.testing.TwoServersOnePostgres;

/**
 * Two servers sharing one PostgreSQL database (SPEC §8): concurrent writers through both keep the
 * unique values unique and the audit chain whole.
 */
class SharedDatabaseIT extends TwoServersOnePostgres {


    @Test
    void concurrentWritesThroughTwoServersKeepOneAuditChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Api api = (i % 2 == 0 ? first : second).admin();
                int n = i;
                results.add(pool.submit(() -> api.post("/api/v1/users", aUser("writer" + n, "shared.test").build()).status()));
                results.add(pool.submit(() -> api.post("/api/v1/users", aUser("contested", "shared.test").build()).status()));
            }
            results.add(pool.submit(csvImport(first, 0)));
            results.add(pool.submit(csvImport(second, 1)));
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses.stream().filter(status -> status == 201).count()).as("40 writers, one contested user, two imports").isEqualTo(43);
            assertThat(statuses.stream().filter(status -> status == 409).count()).isEqualTo(39);
        } finally {
            pool.shutdown();
        }
        JsonNode verdict = second.admin().get("/api/v1/audit/verify").json();
        assertThat(verdict.get("intact").asBoolean()).as(verdict.toString()).isTrue();
        long users = first.jdbc().queryForObject("SELECT COUNT(*) FROM users", Long.class);
        assertThat(users).isEqualTo(41 + 2 * 100);
        assertThat(first.jdbc().queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'user.add'", Long.class))
                .isEqualTo(users);
    }

    private static Callable<Integer> csvImport(KeypadServer server, int batch) {
        StringBuilder csv = new StringBuilder("sipAddress,displayName\n");
        for (int i = 0; i < 100; i++) {
            csv.append("sip:import").append(batch).append('-').append(i).append("@shared.test,Imported ").append(i).append('\n');
        }
        return () -> {
            Api.Response response = server.admin().postCsv("/api/v1/users/import", csv.toString());
            return response.json().get("created").asInt() == 100 ? 201 : response.status();
        };
    }
}
