package dev.keypad.conferencing.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import dev.keypad.conferencing.Organizer;
import dev.keypad.conferencing.Organizers;

/** Users enabled for audio conferencing over plain JDBC. Thread-safe. */
@Repository
class JdbcOrganizers implements Organizers {

    private static final String SELECT = "SELECT user_id, conference_id, allow_pstn_only_meetings, enabled_at FROM conferencing_users ";

    private final JdbcTemplate jdbc;

    JdbcOrganizers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Organizer> find(long userId) {
        return jdbc.query(SELECT + "WHERE user_id = ?", JdbcOrganizers::organizer, userId).stream().findFirst();
    }

    @Override
    public Optional<Organizer> lock(long userId) {
        return jdbc.query(SELECT + "WHERE user_id = ? FOR UPDATE", JdbcOrganizers::organizer, userId).stream().findFirst();
    }

    @Override
    public Optional<Organizer> byConferenceId(String conferenceId) {
        return jdbc.query(SELECT + "WHERE conference_id = ?", JdbcOrganizers::organizer, conferenceId).stream().findFirst();
    }

    @Override
    public Optional<Organizer> lockByConferenceId(String conferenceId) {
        return jdbc.query(SELECT + "WHERE conference_id = ? FOR UPDATE", JdbcOrganizers::organizer, conferenceId).stream().findFirst();
    }

    @Override
    public void add(Organizer organizer) {
        jdbc.update("INSERT INTO conferencing_users (user_id, conference_id, allow_pstn_only_meetings, enabled_at) VALUES (?, ?, ?, ?)",
                organizer.userId(), organizer.conferenceId(), organizer.allowPstnOnlyMeetings(),
                organizer.enabledAt().atOffset(ZoneOffset.UTC));
    }

    @Override
    public void changeConferenceId(long userId, String conferenceId) {
        jdbc.update("UPDATE conferencing_users SET conference_id = ? WHERE user_id = ?", conferenceId, userId);
    }

    @Override
    public void changeAllowPstnOnlyMeetings(long userId, boolean allow) {
        jdbc.update("UPDATE conferencing_users SET allow_pstn_only_meetings = ? WHERE user_id = ?", allow, userId);
    }

    @Override
    public void remove(long userId) {
        jdbc.update("DELETE FROM conferencing_users WHERE user_id = ?", userId);
    }

    private static Organizer organizer(ResultSet rs, int row) throws SQLException {
        return new Organizer(rs.getLong("user_id"), rs.getString("conference_id"), rs.getBoolean("allow_pstn_only_meetings"),
                rs.getObject("enabled_at", OffsetDateTime.class).toInstant());
    }
}
