package dev.keypad.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference for PIN bulk operations: what {@code pins/lock} and {@code pins/unlock} change, done
 * as plain JDBC on a database that {@link PlainJdbcRun} has given Keypad's schema and users, with
 * none of what the server does around it (no paging, no row locks, no per-PIN results, no audit
 * records). Not thread-safe.
 */
final class ReferencePins implements AutoCloseable {

    /** Ends inside the user selection: {@link #unlockSql} appends its condition and closes it. */
    private static final String UNLOCK = "UPDATE pins SET local_failures = 0, global_failures = 0, consecutive_failures = 0, "
            + "window_start = NULL, locked_until = NULL, lock_reason = NULL "
            + "WHERE purpose = 'phone' AND lock_reason IS NOT NULL AND user_id IN (SELECT id FROM users WHERE ";

    private final Connection connection;

    private ReferencePins(Connection connection) {
        this.connection = connection;
    }

    static ReferencePins connect(BenchDatabase.Target target) throws SQLException {
        Connection connection = target.connect();
        connection.setAutoCommit(false);
        return new ReferencePins(connection);
    }

    /** The reference's one unlock statement for a condition over users. */
    static String unlockSql(String userCondition) {
        return UNLOCK + userCondition + ")";
    }

    /**
     * Gives every user the condition selects a phone PIN record locked by an administrator, as
     * {@code pins/lock} leaves it: reads their ids, then inserts in batches of
     * {@value PlainJdbcRun#BATCH_SIZE}, one transaction each.
     *
     * @param userCondition a WHERE condition over users, with {@code ?} placeholders
     */
    Measurement insertLocked(String userCondition, List<Object> values) throws SQLException {
        long start = System.nanoTime();
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM users WHERE " + userCondition + " ORDER BY id")) {
            select.setFetchSize(1000);
            bind(select, values);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO pins (user_id, purpose, lock_reason) VALUES (?, 'phone', 'administrator')")) {
            for (int i = 0; i < ids.size(); i++) {
                insert.setLong(1, ids.get(i));
                insert.addBatch();
                if ((i + 1) % PlainJdbcRun.BATCH_SIZE == 0) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
        return Measurement.since(start, ids.size());
    }

    /**
     * Clears the lockout and failure counters of every locked phone PIN of the users the condition
     * selects, as {@code pins/unlock} does, in one UPDATE and one transaction.
     *
     * @return the time of the statement and its commit, and the rows it changed
     */
    Measurement unlock(String userCondition, List<Object> values) throws SQLException {
        long start = System.nanoTime();
        int rows;
        try (PreparedStatement update = connection.prepareStatement(unlockSql(userCondition))) {
            bind(update, values);
            rows = update.executeUpdate();
        }
        connection.commit();
        return Measurement.since(start, rows);
    }

    /** The plan the database chooses for {@link #unlock}, from EXPLAIN without running it; one line each. */
    String explainUnlock(String userCondition, List<Object> values) throws SQLException {
        StringBuilder plan = new StringBuilder(unlockSql(userCondition) + "\n-- values " + values + "\n\n");
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + unlockSql(userCondition))) {
            bind(explain, values);
            try (ResultSet rs = explain.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
        }
        connection.commit();
        return plan.toString();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    private static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
    }
}
