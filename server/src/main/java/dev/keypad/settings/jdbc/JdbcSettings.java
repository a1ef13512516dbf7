package dev.keypad.settings.jdbc;

import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import dev.keypad.settings.Settings;

/** The tenant settings row over plain JDBC. Thread-safe. */
@Repository
class JdbcSettings implements Settings {

    private static final String SELECT = "SELECT automatically_send_emails_to_users, allow_pstn_only_meetings_by_default "
            + "FROM tenant_settings WHERE id = 1";
    private static final RowMapper<Row> ROW = (rs, row) -> new Row(rs.getBoolean(1), rs.getBoolean(2));

    private final JdbcTemplate jdbc;

    JdbcSettings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Row current() {
        return jdbc.queryForObject(SELECT, ROW);
    }

    @Override
    public Row lock() {
        return jdbc.queryForObject(SELECT + " FOR UPDATE", ROW);
    }

    @Override
    public void save(Row settings, Instant now) {
        jdbc.update("UPDATE tenant_settings SET automatically_send_emails_to_users = ?, allow_pstn_only_meetings_by_default = ?, "
                + "updated_at = ? WHERE id = 1", settings.automaticallySendEmailsToUsers(), settings.allowPstnOnlyMeetingsByDefault(),
                now.atOffset(ZoneOffset.UTC));
    }
}
