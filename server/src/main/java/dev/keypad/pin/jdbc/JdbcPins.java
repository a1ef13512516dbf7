package dev.keypad.pin.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import dev.keypad.directory.SelectionSql;
import dev.keypad.pin.PinRecord;
import dev.keypad.pin.Pins;
import dev.keypad.policy.Purpose;
import dev.keypad.signin.LockReason;
import dev.keypad.signin.LockoutState;

/** PIN records and history over plain JDBC. Thread-safe. */
@Repository
class JdbcPins implements Pins {

    private static final String COLUMNS = "p.user_id, p.purpose, p.pin_hash, p.pin_length, p.must_change, p.user_chosen, "
            + "p.last_change, p.local_failures, p.global_failures, p.window_start, p.locked_until, p.lock_reason, "
            + "p.consecutive_failures, p.last_failure, p.last_success";

    private final JdbcTemplate jdbc;
    private final boolean postgres;
    /** Rows created since the last ANALYZE after which PostgreSQL gets fresh statistics: see createMissing. */
    private final int analyzeAfter;
    private final java.util.concurrent.atomic.AtomicLong createdSinceAnalyze = new java.util.concurrent.atomic.AtomicLong();

    JdbcPins(JdbcTemplate jdbc, @Value("${keypad.pins.analyze-after:10000}") int analyzeAfter) {
        this.jdbc = jdbc;
        this.analyzeAfter = analyzeAfter;
        this.postgres = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection connection) ->
                connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")));
    }

    @Override
    public Map<Long, PinRecord> lock(Purpose purpose, Collection<Long> userIds) {
        return select(purpose, userIds, " FOR UPDATE");
    }

    @Override
    public Map<Long, PinRecord> read(Purpose purpose, Collection<Long> userIds) {
        return select(purpose, userIds, "");
    }

    private Map<Long, PinRecord> select(Purpose purpose, Collection<Long> userIds, String suffix) {
        Map<Long, PinRecord> records = new HashMap<>();
        if (userIds.isEmpty()) {
            return records;
        }
        // Sorted, so that two writers locking overlapping sets take the rows in the same order.
        List<Long> ids = new ArrayList<>(userIds);
        Collections.sort(ids);
        jdbc.query("SELECT " + COLUMNS + " FROM pins p WHERE p.purpose = ? AND p.user_id IN (" + marks(ids.size())
                + ") ORDER BY p.user_id" + suffix, rs -> {
                    PinRecord record = read(rs, purpose);
                    records.put(record.userId(), record);
                }, parameters(purpose.jsonName(), ids));
        return records;
    }

    @Override
    public void createMissing(Purpose purpose, Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>(userIds);
        Collections.sort(ids);
        // One statement for the whole batch: a statement per user costs a round trip each.
        Object[] parameters = new Object[ids.size() + 2];
        parameters[0] = purpose.jsonName();
        for (int i = 0; i < ids.size(); i++) {
            parameters[i + 1] = ids.get(i);
        }
        parameters[ids.size() + 1] = purpose.jsonName();
        int created = jdbc.update("INSERT INTO pins (user_id, purpose) SELECT u.id, ? FROM users u WHERE u.id IN ("
                + marks(ids.size()) + ") AND NOT EXISTS (SELECT 1 FROM pins p WHERE p.user_id = u.id AND p.purpose = ?)", parameters);
        // A bulk operation can grow the table from nothing to a hundred thousand rows long before
        // autovacuum looks at it; PostgreSQL would go on planning for an empty table and scan it
        // for every row (docs/benchmarks.md). Fresh statistics every so many new rows prevent that.
        if (postgres && createdSinceAnalyze.addAndGet(created) >= analyzeAfter) {
            createdSinceAnalyze.set(0);
            jdbc.execute("ANALYZE pins");
        }
    }

    @Override
    public void save(Collection<PinRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("UPDATE pins SET pin_hash = ?, pin_length = ?, must_change = ?, user_chosen = ?, last_change = ?, "
                + "local_failures = ?, global_failures = ?, window_start = ?, locked_until = ?, lock_reason = ?, "
                + "consecutive_failures = ?, last_failure = ?, last_success = ? WHERE user_id = ? AND purpose = ?",
                records.stream().map(r -> {
                    LockoutState s = r.lockout();
                    return new Object[] {r.hash(), r.length(), r.mustChange(), r.userChosen(), at(r.lastChange()),
                        s.localFailures(), s.globalFailures(), at(s.windowStart()), at(s.lockedUntil()),
                        s.lockReason() == null ? null : s.lockReason().code(), s.consecutiveFailures(),
                        at(s.lastFailure()), at(s.lastSuccess()), r.userId(), r.purpose().jsonName()};
                }).toList());
    }

    @Override
    public List<String> history(long userId, Purpose purpose, int count) {
        if (count <= 0) {
            return List.of();
        }
        return jdbc.queryForList("SELECT pin_hash FROM pin_history WHERE user_id = ? AND purpose = ? "
                + "ORDER BY changed_at DESC LIMIT ?", String.class, userId, purpose.jsonName(), count);
    }

    @Override
    public void remember(long userId, Purpose purpose, String hash, Instant changedAt) {
        jdbc.update("INSERT INTO pin_history (user_id, purpose, changed_at, pin_hash) VALUES (?, ?, ?, ?)",
                userId, purpose.jsonName(), at(changedAt), hash);
        jdbc.update("DELETE FROM pin_history WHERE user_id = ? AND purpose = ? AND changed_at < ("
                + "SELECT MIN(changed_at) FROM (SELECT changed_at FROM pin_history WHERE user_id = ? AND purpose = ? "
                + "ORDER BY changed_at DESC LIMIT ?) AS newest)",
                userId, purpose.jsonName(), userId, purpose.jsonName(), MAX_HISTORY);
    }

    @Override
    public List<PinRow> page(Purpose purpose, SelectionSql selection, String where, List<Object> whereParameters, int limit) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(purpose.jsonName());
        parameters.add(purpose.jsonName());
        parameters.addAll(selection.parameters());
        parameters.addAll(whereParameters);
        parameters.add(limit);
        return jdbc.query("SELECT u.id, u.sip_address, u.sip_key, u.display_name, u.email, u.site, u.extension, u.line_uri, g.policy_id, " + COLUMNS
                + " FROM " + selection.from()
                + " LEFT JOIN pins p ON p.user_id = u.id AND p.purpose = ?"
                + " LEFT JOIN policy_grants g ON g.user_id = u.id AND g.purpose = ?"
                + " WHERE " + selection.where() + " AND (" + where + ") ORDER BY u.sip_key LIMIT ?",
                (rs, n) -> {
                    long userId = rs.getLong("id");
                    PinRecord pin = rs.getString("purpose") == null ? PinRecord.none(userId, purpose) : read(rs, purpose);
                    return new PinRow(userId, rs.getString("sip_address"), rs.getString("sip_key"), rs.getString("display_name"),
                            rs.getString("email"), rs.getString("site"),
                            rs.getString("extension"), rs.getString("line_uri"), pin, rs.getObject("policy_id", Long.class));
                }, parameters.toArray());
    }

    private static PinRecord read(ResultSet rs, Purpose purpose) throws SQLException {
        String reason = rs.getString("lock_reason");
        LockoutState state = new LockoutState(rs.getInt("local_failures"), rs.getInt("global_failures"),
                instant(rs, "window_start"), instant(rs, "locked_until"),
                reason == null ? null : LockReason.valueOf(reason.toUpperCase(java.util.Locale.ROOT)),
                rs.getInt("consecutive_failures"), instant(rs, "last_failure"), instant(rs, "last_success"));
        return new PinRecord(rs.getLong("user_id"), purpose, rs.getString("pin_hash"), rs.getObject("pin_length", Integer.class),
                rs.getBoolean("must_change"), rs.getBoolean("user_chosen"), instant(rs, "last_change"), state);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static String marks(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }

    private static Object[] parameters(Object first, List<Long> ids) {
        Object[] all = new Object[ids.size() + 1];
        all[0] = first;
        for (int i = 0; i < ids.size(); i++) {
            all[i + 1] = ids.get(i);
        }
        return all;
    }
}
