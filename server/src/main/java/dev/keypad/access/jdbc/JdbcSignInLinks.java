package dev.keypad.access.jdbc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import dev.keypad.access.SignInLinks;

/** Self-service sign-in links over plain JDBC. Thread-safe. */
@Repository
class JdbcSignInLinks implements SignInLinks {

    private final JdbcTemplate jdbc;

    JdbcSignInLinks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(long userId, String tokenHash, Instant createdAt, Instant expiresAt) {
        jdbc.update("INSERT INTO self_service_links (user_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?)",
                userId, tokenHash, utc(createdAt), utc(expiresAt));
    }

    @Override
    public int countSince(long userId, Instant since) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM self_service_links WHERE user_id = ? AND created_at >= ?",
                Integer.class, userId, utc(since));
        return count == null ? 0 : count;
    }

    @Override
    public Optional<Long> use(String tokenHash, Instant now) {
        // The condition is evaluated again after a concurrent update's row lock is released (PostgreSQL
        // and H2 alike), so only one of two simultaneous uses sees used_at IS NULL.
        int used = jdbc.update("UPDATE self_service_links SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?",
                utc(now), tokenHash, utc(now));
        if (used == 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(jdbc.queryForObject("SELECT user_id FROM self_service_links WHERE token_hash = ?", Long.class, tokenHash));
    }

    @Override
    public Optional<Link> find(String tokenHash) {
        return jdbc.query("SELECT user_id, expires_at, used_at FROM self_service_links WHERE token_hash = ?",
                (rs, n) -> new Link(rs.getLong("user_id"), rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                        instant(rs.getObject("used_at", OffsetDateTime.class))), tokenHash).stream().findFirst();
    }

    @Override
    public void removeCreatedBefore(Instant before) {
        jdbc.update("DELETE FROM self_service_links WHERE created_at < ?", utc(before));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
