package dev.keypad.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Locale;

import org.flywaydb.core.Flyway;

/**
 * The reference: the same rows and selections as plain JDBC on a database with Keypad's schema, with
 * none of what the server does around them (no validation, no uniqueness lookups, no audit records,
 * no HTTP, no JSON). Not thread-safe.
 */
final class PlainJdbcRun implements AutoCloseable {

    static final int BATCH_SIZE = 500;

    /** The columns the server writes, key columns included (JdbcUsers), then the two timestamps. */
    private static final String INSERT = "INSERT INTO users (sip_address, sip_key, display_name, display_key, upn, upn_key, "
            + "logon_name, logon_key, dn, dn_key, dn_path, email, line_uri, line_key, extension, site, site_key, title, "
            + "department, city, company, created_at, updated_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** What the server reads of a user. */
    private static final String SELECT = "SELECT id, sip_address, sip_key, display_name, upn, logon_name, dn, email, "
            + "line_uri, extension, site, title, department, city, company, created_at, updated_at FROM users";

    private final Connection connection;

    private PlainJdbcRun(Connection connection) {
        this.connection = connection;
    }

    /** Creates Keypad's schema with the server's own Flyway migrations and connects to it. */
    static PlainJdbcRun start(BenchDatabase database, BenchDatabase.Target target) throws SQLException {
        Flyway.configure()
                .dataSource(target.url(), target.user(), "")
                .locations("classpath:db/migration/common", "classpath:db/migration/" + database.flywayVendor())
                .load()
                .migrate();
        Connection connection = target.connect();
        connection.setAutoCommit(false);
        return new PlainJdbcRun(connection);
    }

    /** Inserts the users in batches of {@value #BATCH_SIZE}, one transaction each. */
    Measurement insert(SyntheticDirectory directory) throws SQLException {
        long start = System.nanoTime();
        long rows = 0;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Iterator<SyntheticUser> users = directory.users(); users.hasNext(); ) {
                bind(insert, users.next(), now);
                insert.addBatch();
                if (++rows % BATCH_SIZE == 0) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
        return Measurement.since(start, rows);
    }

    /** Runs the selection as one query in SIP order and reads every column of every row. */
    Measurement select(Query query) throws SQLException {
        long start = System.nanoTime();
        long rows = 0;
        try (PreparedStatement select = connection.prepareStatement(selectSql(query))) {
            // PostgreSQL streams with a cursor only inside a transaction, which autocommit=false gives.
            select.setFetchSize(1000);
            for (int i = 0; i < query.sqlValues().size(); i++) {
                select.setObject(i + 1, query.sqlValues().get(i));
            }
            try (ResultSet rs = select.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int column = 1; column <= columns; column++) {
                        rs.getObject(column);
                    }
                    rows++;
                }
            }
            connection.commit();
        }
        return Measurement.since(start, rows);
    }

    /** The reference's statement for a selection: every user it covers, in SIP order, in one query. */
    static String selectSql(Query query) {
        return SELECT + " WHERE " + query.sqlCondition() + " ORDER BY sip_key";
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    private static void bind(PreparedStatement insert, SyntheticUser user, OffsetDateTime now) throws SQLException {
        Object[] values = {
            user.sipAddress(), lower(user.sipAddress()), user.displayName(), lower(user.displayName()),
            user.userPrincipalName(), lower(user.userPrincipalName()), user.logonName(), lower(user.logonName()),
            user.distinguishedName(), lower(user.distinguishedName()), Query.pathOf(user.distinguishedName()),
            user.email(), user.lineUri(), lower(user.lineUri()), user.extension(), user.site(), lower(user.site()),
            user.title(), user.department(), user.city(), user.company(), now, now
        };
        for (int i = 0; i < values.length; i++) {
            insert.setObject(i + 1, values[i]);
        }
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
