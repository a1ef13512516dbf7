package dev.keypad.conferencing.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import dev.keypad.conferencing.Meetings;

/** The bridge's meetings and calls over plain JDBC. Thread-safe. */
@Repository
class JdbcMeetings implements Meetings {

    private static final String CALL_COLUMNS = "call_id, conference_id, caller_id, state, organizer, joined_at";

    private final JdbcTemplate jdbc;

    JdbcMeetings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Meeting> find(String conferenceId) {
        return jdbc.query("SELECT conference_id, started_at, authenticated, created_at FROM meetings WHERE conference_id = ?",
                (rs, row) -> new Meeting(rs.getString(1), instant(rs, "started_at"), rs.getBoolean(3), instant(rs, "created_at")),
                conferenceId).stream().findFirst();
    }

    @Override
    public List<String> overBefore(Instant unauthenticatedBefore, Instant authenticatedBefore, int limit) {
        return jdbc.queryForList("SELECT conference_id FROM meetings WHERE (started_at IS NULL AND created_at <= ?) "
                + "OR (started_at IS NOT NULL AND authenticated = FALSE AND started_at <= ?) "
                + "OR (started_at IS NOT NULL AND authenticated = TRUE AND started_at <= ?) ORDER BY conference_id LIMIT ?",
                String.class, utc(unauthenticatedBefore), utc(unauthenticatedBefore), utc(authenticatedBefore), limit);
    }

    @Override
    public void add(Meeting meeting) {
        jdbc.update("INSERT INTO meetings (conference_id, started_at, authenticated, created_at) VALUES (?, ?, ?, ?)",
                meeting.conferenceId(), utc(meeting.startedAt()), meeting.authenticated(), utc(meeting.createdAt()));
    }

    @Override
    public void start(String conferenceId, Instant at, boolean authenticated) {
        jdbc.update("UPDATE meetings SET started_at = ?, authenticated = ? WHERE conference_id = ?", utc(at), authenticated, conferenceId);
    }

    @Override
    public void end(String conferenceId) {
        jdbc.update("DELETE FROM calls WHERE conference_id = ?", conferenceId);
        jdbc.update("DELETE FROM meetings WHERE conference_id = ?", conferenceId);
    }

    @Override
    public List<Call> calls(String conferenceId) {
        return jdbc.query("SELECT " + CALL_COLUMNS + " FROM calls WHERE conference_id = ? ORDER BY joined_at, call_id",
                JdbcMeetings::call, conferenceId);
    }

    @Override
    public Optional<Call> call(String callId) {
        return jdbc.query("SELECT " + CALL_COLUMNS + " FROM calls WHERE call_id = ?", JdbcMeetings::call, callId).stream().findFirst();
    }

    @Override
    public void addCall(Call call) {
        jdbc.update("INSERT INTO calls (call_id, conference_id, caller_id, state, organizer, joined_at) VALUES (?, ?, ?, ?, ?, ?)",
                call.callId(), call.conferenceId(), call.callerId(), call.state(), call.organizer(), utc(call.joinedAt()));
    }

    @Override
    public void admitLobby(String conferenceId) {
        jdbc.update("UPDATE calls SET state = 'in-meeting' WHERE conference_id = ? AND state = 'lobby'", conferenceId);
    }

    @Override
    public void markOrganizer(String callId) {
        jdbc.update("UPDATE calls SET organizer = TRUE WHERE call_id = ?", callId);
    }

    @Override
    public void removeCall(String callId) {
        jdbc.update("DELETE FROM calls WHERE call_id = ?", callId);
    }

    private static Call call(ResultSet rs, int row) throws SQLException {
        return new Call(rs.getString("call_id"), rs.getString("conference_id"), rs.getString("caller_id"), rs.getString("state"),
                rs.getBoolean("organizer"), instant(rs, "joined_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
