package dev.keypad.mail.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import dev.keypad.mail.Mail;
import dev.keypad.mail.MailKind;
import dev.keypad.mail.MailQueue;
import dev.keypad.mail.OutboxCipher;

/** The mail outbox over plain JDBC. Thread-safe. */
@Repository
class JdbcMailQueue implements MailQueue {

    private static final String MAIL_COLUMNS = "id, message_id, kind, identity, recipient, status, attempts, queued_at, "
            + "next_attempt_at, sent_at, last_error, secret IS NOT NULL AS holds_pin, leased_until";
    private static final String CLAIM_FENCE = " WHERE id = ? AND claimed_by = ? AND attempts = ?";

    private final JdbcTemplate jdbc;

    JdbcMailQueue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(List<NewMail> mails) {
        jdbc.batchUpdate("INSERT INTO mail_outbox (message_id, kind, user_id, identity, recipient, template_values, secret, "
                        + "secret_key_version, status, attempts, queued_at, retrying_since, next_attempt_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?)", mails, mails.size(),
                (statement, mail) -> {
                    OffsetDateTime now = utc(mail.now());
                    statement.setString(1, mail.messageId());
                    statement.setString(2, mail.kind().code());
                    statement.setLong(3, mail.userId());
                    statement.setString(4, mail.identity());
                    statement.setString(5, mail.to());
                    statement.setString(6, mail.values());
                    statement.setString(7, mail.secret() == null ? null : mail.secret().value());
                    statement.setObject(8, mail.secret() == null ? null : mail.secret().keyVersion());
                    statement.setObject(9, now);
                    statement.setObject(10, now);
                    statement.setObject(11, now);
                });
    }

    @Override
    public Map<String, Long> idsOf(Collection<String> messageIds) {
        Map<String, Long> ids = new HashMap<>();
        if (!messageIds.isEmpty()) {
            jdbc.query("SELECT message_id, id FROM mail_outbox WHERE message_id IN (" + marks(messageIds.size()) + ")",
                    rs -> {
                        ids.put(rs.getString(1), rs.getLong(2));
                    }, messageIds.toArray());
        }
        return ids;
    }

    @Override
    public List<Claimed> claim(Instant now, Instant leaseUntil, int limit, String claimer) {
        List<Long> due = jdbc.queryForList("SELECT id FROM mail_outbox WHERE status = 'queued' AND next_attempt_at <= ? "
                + "ORDER BY next_attempt_at, id FETCH FIRST " + limit + " ROWS ONLY FOR UPDATE SKIP LOCKED", Long.class, utc(now));
        if (due.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>(List.of(utc(leaseUntil), claimer));
        parameters.addAll(due);
        jdbc.update("UPDATE mail_outbox SET next_attempt_at = ?, leased_until = next_attempt_at, claimed_by = ?, "
                + "attempts = attempts + 1 WHERE id IN (" + marks(due.size()) + ")", parameters.toArray());
        return jdbc.query("SELECT id, attempts, message_id, kind, recipient, template_values, secret, secret_key_version, "
                        + "queued_at, retrying_since FROM mail_outbox WHERE id IN (" + marks(due.size()) + ") ORDER BY id",
                (rs, row) -> new Claimed(rs.getLong("id"), rs.getInt("attempts"), rs.getString("message_id"),
                        MailKind.of(rs.getString("kind"), "kind"), rs.getString("recipient"), rs.getString("template_values"),
                        sealed(rs), instant(rs, "queued_at"), instant(rs, "retrying_since")), due.toArray());
    }

    @Override
    public void sent(Claimed mail, String claimer, Instant now) {
        jdbc.update("UPDATE mail_outbox SET status = 'sent', sent_at = ?, secret = NULL, secret_key_version = NULL, "
                + "last_error = NULL, leased_until = NULL" + CLAIM_FENCE, utc(now), mail.id(), claimer, mail.attempt());
    }

    @Override
    public void retryLater(Claimed mail, String claimer, Instant next, String error) {
        jdbc.update("UPDATE mail_outbox SET next_attempt_at = ?, last_error = ?, leased_until = NULL" + CLAIM_FENCE + " AND status = 'queued'",
                utc(next), error, mail.id(), claimer, mail.attempt());
    }

    @Override
    public void failed(Claimed mail, String claimer, String error) {
        jdbc.update("UPDATE mail_outbox SET status = 'failed', last_error = ?, leased_until = NULL" + CLAIM_FENCE + " AND status = 'queued'",
                error, mail.id(), claimer, mail.attempt());
    }

    @Override
    public void release(Claimed mail, String claimer, Instant now) {
        jdbc.update("UPDATE mail_outbox SET next_attempt_at = ?, attempts = attempts - 1, leased_until = NULL" + CLAIM_FENCE + " AND status = 'queued'",
                utc(now), mail.id(), claimer, mail.attempt());
    }

    @Override
    public Optional<Mail> find(long id) {
        return jdbc.query("SELECT " + MAIL_COLUMNS + " FROM mail_outbox WHERE id = ?", JdbcMailQueue::mail, id).stream().findFirst();
    }

    @Override
    public Optional<Mail> lock(long id) {
        return jdbc.query("SELECT " + MAIL_COLUMNS + " FROM mail_outbox WHERE id = ? FOR UPDATE", JdbcMailQueue::mail, id)
                .stream().findFirst();
    }

    @Override
    public List<Mail> page(String status, Long userId, Long beforeId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + MAIL_COLUMNS + " FROM mail_outbox WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (status != null) {
            sql.append(" AND status = ?");
            parameters.add(status);
        }
        if (userId != null) {
            sql.append(" AND user_id = ?");
            parameters.add(userId);
        }
        if (beforeId != null) {
            sql.append(" AND id < ?");
            parameters.add(beforeId);
        }
        sql.append(" ORDER BY id DESC FETCH FIRST ").append(limit).append(" ROWS ONLY");
        return jdbc.query(sql.toString(), JdbcMailQueue::mail, parameters.toArray());
    }

    @Override
    public void retryNow(long id, Instant now) {
        jdbc.update("UPDATE mail_outbox SET status = 'queued', next_attempt_at = ?, retrying_since = ? WHERE id = ?",
                utc(now), utc(now), id);
    }

    @Override
    public void cancel(long id) {
        jdbc.update("UPDATE mail_outbox SET status = 'cancelled', secret = NULL, secret_key_version = NULL WHERE id = ?", id);
    }

    @Override
    public int purge(Instant before) {
        return jdbc.update("DELETE FROM mail_outbox WHERE status IN ('sent', 'cancelled', 'failed') AND queued_at < ?", utc(before));
    }

    private static Mail mail(ResultSet rs, int row) throws SQLException {
        return new Mail(rs.getLong("id"), rs.getString("message_id"), rs.getString("kind"), rs.getString("identity"),
                rs.getString("recipient"), rs.getString("status"), rs.getInt("attempts"), instant(rs, "queued_at"),
                instant(rs, "next_attempt_at"), instant(rs, "sent_at"), rs.getString("last_error"), rs.getBoolean("holds_pin"),
                instant(rs, "leased_until"));
    }

    private static OutboxCipher.Sealed sealed(ResultSet rs) throws SQLException {
        String value = rs.getString("secret");
        return value == null ? null : new OutboxCipher.Sealed(rs.getInt("secret_key_version"), value);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }
}
