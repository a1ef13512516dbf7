package dev.keypad.audit.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/** Refuses every change and deletion of audit records in the embedded H2 database. */
public final class AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit_log is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused");
    }
}
