package dev.keypad.audit.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.keypad.audit.AuditChain;
import dev.keypad.audit.AuditEntry;
import dev.keypad.audit.AuditLog;
import dev.keypad.audit.AuditRecord;
import dev.keypad.audit.ChainWalk;

/**
 * The audit log in the audit_log and audit_head tables. Appends lock the head row, so appends
 * from any number of threads or servers form one chain; the lock is held until the caller's
 * transaction ends. Thread-safe.
 */
@Repository
class JdbcAuditLog implements AuditLog {

    private static final String COLUMNS = "seq, at, actor, action, target, source, outcome, details, hash";

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final Clock clock;

    JdbcAuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(1000);
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Map<String, Object> head = jdbc.queryForMap("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE");
        long seq = ((Number) head.get("seq")).longValue();
        String hash = ((String) head.get("hash")).trim();
        // Microseconds: what both databases store, so the hash verifies after a round trip.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (AuditEntry entry : entries) {
            seq++;
            String source = entry.actor().source();
            hash = AuditChain.hash(hash, seq, at, entry.actor().name(), entry.action(), entry.target(), source,
                    entry.outcome(), entry.details());
            rows.add(new Object[] {seq, at.atOffset(ZoneOffset.UTC), entry.actor().name(), entry.action(),
                entry.target(), source, entry.outcome(), entry.details(), hash});
        }
        jdbc.batchUpdate("INSERT INTO audit_log (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.update("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1", seq, hash);
    }

    @Override
    public List<AuditRecord> list(Query query, long afterSeq, int limit) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_log WHERE ");
        if (!query.newestFirst()) {
            sql.append("seq > ?");
            parameters.add(afterSeq);
        } else {
            sql.append(afterSeq == 0 ? "1 = 1" : "seq < ?");
            if (afterSeq != 0) {
                parameters.add(afterSeq);
            }
        }
        if (query.since() != null) {
            sql.append(" AND at >= ?");
            parameters.add(query.since().atOffset(ZoneOffset.UTC));
        }
        if (query.action() != null) {
            sql.append(" AND action = ?");
            parameters.add(query.action());
        }
        if (query.target() != null) {
            sql.append(" AND LOWER(target) = ?");
            parameters.add(query.target().toLowerCase(java.util.Locale.ROOT));
        }
        if (query.actor() != null) {
            sql.append(" AND LOWER(actor) = ?");
            parameters.add(query.actor().toLowerCase(java.util.Locale.ROOT));
        }
        sql.append(query.newestFirst() ? " ORDER BY seq DESC LIMIT ?" : " ORDER BY seq LIMIT ?");
        parameters.add(limit);
        return jdbc.query(sql.toString(), (rs, n) -> read(rs), parameters.toArray());
    }

    @Override
    @Transactional(readOnly = true)
    public Verification verify() {
        ChainWalk walk = new ChainWalk();
        streaming.query("SELECT " + COLUMNS + " FROM audit_log ORDER BY seq", rs -> {
            walk.next(read(rs));
        });
        Map<String, Object> head = jdbc.queryForMap("SELECT seq, hash FROM audit_head WHERE id = 1");
        return walk.end(((Number) head.get("seq")).longValue(), ((String) head.get("hash")).trim());
    }

    private static AuditRecord read(ResultSet rs) throws SQLException {
        return new AuditRecord(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("target"), rs.getString("source"),
                rs.getString("outcome"), rs.getString("details"), rs.getString("hash").trim());
    }
}
