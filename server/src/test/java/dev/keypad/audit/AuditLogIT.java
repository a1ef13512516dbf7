package dev.keypad.audit;

import static dev.keypad.testing.Users.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

import dev.keypad.testing.Api;
import dev.keypad.testing.Database;
import dev.keypad.testing.OnBothDatabases;

/**
 * The audit log records every directory change, and verification finds an edited, a deleted and
 * a truncated record. Tampering tests put every row back, because the server is shared.
 */
class AuditLogIT extends OnBothDatabases {

    private JdbcTemplate jdbc;

    @BeforeParameterizedClassInvocation
    void connect() {
        jdbc = server.jdbc();
    }

    @Test
    void recordsWhoChangedWhatFromWhere() {
        String sip = aUser("audited", "audit.test").withExtension("3001").addTo(server);
        api.patch("/api/v1/users/" + Api.encode(sip), Map.of("extension", "3002"));
        api.delete("/api/v1/users/" + Api.encode(sip));

        JsonNode records = api.get("/api/v1/audit", Map.of("target", sip.toUpperCase())).json().get("items");
        assertThat(records.valueStream().map(r -> r.get("action").asString()).toList())
                .containsExactly("user.add", "user.change", "user.remove");
        JsonNode change = records.get(1);
        assertThat(change.get("actor").asString()).isEqualTo("admin");
        assertThat(change.get("source").asString()).contains("127.0.0.1").contains("keypad-tests");
        assertThat(change.get("details").asString()).isEqualTo("extension: 3001 -> 3002");
        assertThat(change.get("outcome").asString()).isEqualTo("success");
        assertThat(api.get("/api/v1/audit", Map.of("action", "user.remove", "target", sip)).json().get("items")).hasSize(1);
        assertThat(api.get("/api/v1/audit", Map.of("since", "2999-01-01")).json().get("items")).isEmpty();
        assertThat(api.get("/api/v1/audit", Map.of("since", "yesterday")).json().get("field").asString()).isEqualTo("since");
    }

    @Test
    void failedChangeLeavesNoRecord() {
        aUser("holder", "audit.test").withExtension("3100").addTo(server);
        long before = count();
        assertThat(api.post("/api/v1/users", aUser("clash", "audit.test").withExtension("3100").build()).status()).isEqualTo(409);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void verificationFindsAnEditedRecord() {
        aUser("edit1", "audit.test").addTo(server);
        aUser("edit2", "audit.test").addTo(server);
        assertIntact();
        long seq = lastSeq() - 1;
        String target = jdbc.queryForObject("SELECT target FROM audit_log WHERE seq = ?", String.class, seq);
        asAttacker(() -> jdbc.update("UPDATE audit_log SET target = 'sip:someone-else@audit.test' WHERE seq = ?", seq));
        try {
            JsonNode verdict = api.get("/api/v1/audit/verify").json();
            assertThat(verdict.get("intact").asBoolean()).isFalse();
            assertThat(verdict.get("firstBadSeq").asLong()).isEqualTo(seq);
            assertThat(verdict.get("problem").asString()).contains("changed");
        } finally {
            asAttacker(() -> jdbc.update("UPDATE audit_log SET target = ? WHERE seq = ?", target, seq));
        }
        assertIntact();
    }

    @Test
    void verificationFindsADeletedRecordAndATruncatedEnd() {
        aUser("del1", "audit.test").addTo(server);
        aUser("del2", "audit.test").addTo(server);
        for (long seq : new long[] {lastSeq() - 1, lastSeq()}) {
            Map<String, Object> row = jdbc.queryForMap("SELECT * FROM audit_log WHERE seq = ?", seq);
            asAttacker(() -> jdbc.update("DELETE FROM audit_log WHERE seq = ?", seq));
            try {
                JsonNode verdict = api.get("/api/v1/audit/verify").json();
                assertThat(verdict.get("intact").asBoolean()).isFalse();
                assertThat(verdict.get("firstBadSeq").asLong()).isEqualTo(seq);
                assertThat(verdict.get("problem").asString()).contains("missing");
            } finally {
                jdbc.update("INSERT INTO audit_log (seq, at, actor, action, target, source, outcome, details, hash) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", row.get("seq"), row.get("at"), row.get("actor"),
                        row.get("action"), row.get("target"), row.get("source"), row.get("outcome"), row.get("details"),
                        row.get("hash"));
            }
        }
        assertIntact();
    }

    @Test
    void databaseRefusesToChangeOrDeleteRecords() {
        aUser("guarded", "audit.test").addTo(server);
        long seq = lastSeq();
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_log SET details = 'x' WHERE seq = ?", seq))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_log WHERE seq = ?", seq)).hasMessageContaining("append-only");
        if (database == Database.POSTGRES) {
            assertThatThrownBy(() -> jdbc.execute("TRUNCATE audit_log")).hasMessageContaining("append-only");
        }
        assertIntact();
    }

    /** Does what only someone with the right to drop the append-only trigger could do. */
    private void asAttacker(Runnable tampering) {
        if (database == Database.POSTGRES) {
            jdbc.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only");
            try {
                tampering.run();
            } finally {
                jdbc.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only");
            }
        } else {
            jdbc.execute("DROP TRIGGER audit_log_append_only");
            try {
                tampering.run();
            } finally {
                jdbc.execute("CREATE TRIGGER audit_log_append_only BEFORE UPDATE, DELETE ON audit_log "
                        + "FOR EACH ROW CALL 'dev.keypad.audit.jdbc.AppendOnlyTrigger'");
            }
        }
    }

    private void assertIntact() {
        JsonNode verdict = api.get("/api/v1/audit/verify").json();
        assertThat(verdict.get("intact").asBoolean()).as(verdict.toString()).isTrue();
        assertThat(verdict.get("records").asLong()).isEqualTo(count());
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_log", Long.class);
    }

    private long lastSeq() {
        return jdbc.queryForObject("SELECT MAX(seq) FROM audit_log", Long.class);
    }
}
