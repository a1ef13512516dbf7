package dev.keypad.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import dev.keypad.directory.SelectionSql;

/**
 * Shows how the database executes a selection, so a slow one can be explained: the page query the
 * server sends, and the reference's single query. The server's WHERE clause and table expression
 * (with H2's index hint) come from the server itself ({@code Users.sql}); the statement around them
 * is the one {@code JdbcUsers.select} sends. Stateless.
 */
final class SelectionPlans {

    /** What the server reads of a user (UserColumns.SELECT). */
    private static final String COLUMNS = "u.id, u.sip_address, u.sip_key, u.display_name, u.upn, u.logon_name, u.dn, "
            + "u.email, u.line_uri, u.extension, u.site, u.title, u.department, u.city, u.company, u.created_at, u.updated_at";
    private static final int PAGE = 1000;

    private SelectionPlans() {
    }

    /**
     * EXPLAIN ANALYZE of the server's first page and of a page that starts halfway through the SIP addresses.
     *
     * @return Markdown: the SQL, its values and each plan
     */
    static String server(BenchDatabase database, BenchDatabase.Target target, KeypadRun server, Query query,
                         String midSipKey) throws SQLException {
        StringBuilder out = new StringBuilder("### Keypad on " + database.label() + ": " + query.label() + "\n\n");
        try (Connection connection = target.connect()) {
            out.append(plan(database, connection, page(server.selectionSql(query, null))));
            out.append(plan(database, connection, page(server.selectionSql(query, midSipKey))));
        }
        return out.toString();
    }

    /** EXPLAIN ANALYZE of the reference's query, on the reference's database. */
    static String reference(BenchDatabase database, BenchDatabase.Target target, Query query) throws SQLException {
        try (Connection connection = target.connect()) {
            return "### Reference on " + database.label() + ": " + query.label() + "\n\n"
                    + plan(database, connection, new Statement(PlainJdbcRun.selectSql(query), query.sqlValues()));
        }
    }

    private record Statement(String sql, List<Object> values) {
    }

    private static Statement page(SelectionSql selection) {
        List<Object> values = new ArrayList<>(selection.parameters());
        values.add(PAGE + 1);
        return new Statement("SELECT " + COLUMNS + " FROM " + selection.from() + " WHERE " + selection.where()
                + " ORDER BY u.sip_key LIMIT ?", values);
    }

    private static String plan(BenchDatabase database, Connection connection, Statement statement) throws SQLException {
        String sql = statement.sql();
        List<Object> values = statement.values();
        String explain = database == BenchDatabase.POSTGRES ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN ANALYZE ";
        StringBuilder out = new StringBuilder("```\n" + sql + "\n-- values " + values + "\n\n");
        try (PreparedStatement explained = connection.prepareStatement(explain + sql)) {
            for (int i = 0; i < values.size(); i++) {
                explained.setObject(i + 1, values.get(i));
            }
            try (ResultSet rs = explained.executeQuery()) {
                while (rs.next()) {
                    out.append(rs.getString(1)).append('\n');
                }
            }
        }
        return out.append("```\n\n").toString();
    }
}
