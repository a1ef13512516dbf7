package dev.keypad.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.keypad.directory.SelectionSql;

/**
 * Shows how the database executes the page query a PIN operation over a selection sends for each
 * batch, so a slow bulk operation can be explained. The selection's table expression and condition
 * come from the server itself ({@code Users.sql}); the statement around them is the one
 * {@code JdbcPins.page} sends. Not thread-safe.
 */
final class PinPagePlans {

    /** What the server reads of a PIN record (JdbcPins.COLUMNS). */
    private static final String PIN_COLUMNS = "p.user_id, p.purpose, p.pin_hash, p.pin_length, p.must_change, p.user_chosen, "
            + "p.last_change, p.local_failures, p.global_failures, p.window_start, p.locked_until, p.lock_reason, "
            + "p.consecutive_failures, p.last_failure, p.last_success";
    /** PinBatches.BATCH_SIZE: a PIN operation pages through its selection this many users at a time. */
    private static final int BATCH = 500;

    private PinPagePlans() {
    }

    /**
     * EXPLAIN ANALYZE of the first page and of a page that starts halfway through the SIP addresses.
     *
     * @param pinCondition       the condition PinSelections.condition gives for the operation's {@code where}
     * @param pinConditionValues its values
     * @return Markdown: the SQL, its values and each plan
     */
    static String explain(BenchDatabase database, BenchDatabase.Target target, KeypadRun server, Query query,
                          String midSipKey, String title, String pinCondition, List<Object> pinConditionValues)
            throws SQLException {
        StringBuilder out = new StringBuilder("### " + database.label() + ": " + title + "\n\n");
        try (Connection connection = target.connect()) {
            for (String after : Arrays.asList(null, midSipKey)) {
                SelectionSql selection = server.selectionSql(query, after);
                List<Object> values = new ArrayList<>(List.of("phone", "phone"));
                values.addAll(selection.parameters());
                values.addAll(pinConditionValues);
                values.add(BATCH + 1);
                String sql = "SELECT u.id, u.sip_address, u.sip_key, u.site, u.extension, u.line_uri, g.policy_id, "
                        + PIN_COLUMNS + " FROM " + selection.from()
                        + " LEFT JOIN pins p ON p.user_id = u.id AND p.purpose = ?"
                        + " LEFT JOIN policy_grants g ON g.user_id = u.id AND g.purpose = ?"
                        + " WHERE " + selection.where() + " AND (" + pinCondition + ") ORDER BY u.sip_key LIMIT ?";
                out.append(plan(database, connection, sql, values));
            }
        }
        return out.toString();
    }

    private static String plan(BenchDatabase database, Connection connection, String sql, List<Object> values)
            throws SQLException {
        String explain = database == BenchDatabase.POSTGRES ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN ANALYZE ";
        StringBuilder out = new StringBuilder("```\n" + sql + "\n-- values " + values + "\n\n");
        try (PreparedStatement statement = connection.prepareStatement(explain + sql)) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    out.append(rs.getString(1)).append('\n');
                }
            }
        }
        return out.append("```\n\n").toString();
    }
}
