package dev.keypad.settings.jdbc;

import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import dev.keypad.settings.Settings;
import dev.keypad.settings.TenantSettings;

/** The tenant settings row over plain JDBC. Thread-safe. */
@Repository
class JdbcSettings implements Settings {

    private static final String SELECT = "SELECT automatically_send_emails_to_users FROM tenant_settings WHERE id = 1";

    private final JdbcTemplate jdbc;

    JdbcSettings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public TenantSettings current() {
        return jdbc.queryForObject(SELECT, (rs, row) -> new TenantSettings(rs.getBoolean(1)));
    }

    @Override
    public TenantSettings lock() {
        return jdbc.queryForObject(SELECT + " FOR UPDATE", (rs, row) -> new TenantSettings(rs.getBoolean(1)));
    }

    @Override
    public void save(TenantSettings settings, Instant now) {
        jdbc.update("UPDATE tenant_settings SET automatically_send_emails_to_users = ?, updated_at = ? WHERE id = 1",
                settings.automaticallySendEmailsToUsers(), now.atOffset(ZoneOffset.UTC));
    }
}
