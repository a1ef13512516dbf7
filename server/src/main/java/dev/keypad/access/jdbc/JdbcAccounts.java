package dev.keypad.access.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import dev.keypad.access.Account;
import dev.keypad.access.AccountStatus;
import dev.keypad.access.Accounts;
import dev.keypad.access.ConsoleCredentials;
import dev.keypad.access.Role;

/** Accounts and token hashes over plain JDBC. Thread-safe. */
@Repository
class JdbcAccounts implements Accounts {

    private final JdbcTemplate jdbc;

    JdbcAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Account add(String name, Role role, String tokenHash, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        jdbc.update("INSERT INTO accounts (name, role, created_at) VALUES (?, ?, ?)", name, role.name(), at);
        jdbc.update("INSERT INTO api_tokens (account_id, token_hash, created_at) "
                + "SELECT id, ?, ? FROM accounts WHERE name = ?", tokenHash, at, name);
        return findByName(name).orElseThrow();
    }

    @Override
    public Optional<Account> findByName(String name) {
        return jdbc.query("SELECT name, role, created_at FROM accounts WHERE name = ?", (rs, n) -> read(rs), name)
                .stream().findFirst();
    }

    @Override
    public Optional<Account> findByTokenHash(String tokenHash) {
        return jdbc.query("SELECT a.name, a.role, a.created_at FROM api_tokens t JOIN accounts a ON a.id = t.account_id "
                + "WHERE t.token_hash = ?", (rs, n) -> read(rs), tokenHash).stream().findFirst();
    }

    @Override
    public List<Account> list() {
        return jdbc.query("SELECT name, role, created_at FROM accounts ORDER BY name", (rs, n) -> read(rs));
    }

    @Override
    public List<AccountStatus> listStatus() {
        return jdbc.query("SELECT name, role, created_at, password_hash IS NOT NULL AS has_password, sign_in_blocked_until "
                + "FROM accounts ORDER BY name", (rs, n) -> new AccountStatus(read(rs), rs.getBoolean("has_password"),
                instant(rs.getObject("sign_in_blocked_until", OffsetDateTime.class))));
    }

    @Override
    public boolean remove(String name) {
        return jdbc.update("DELETE FROM accounts WHERE name = ?", name) > 0;
    }

    @Override
    public boolean isEmpty() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM accounts", Long.class) == 0;
    }

    @Override
    public Optional<ConsoleCredentials> consoleCredentials(String name) {
        return jdbc.query("SELECT name, role, created_at, password_hash, sign_in_blocked_until FROM accounts WHERE name = ?",
                (rs, n) -> new ConsoleCredentials(read(rs), rs.getString("password_hash"),
                        instant(rs.getObject("sign_in_blocked_until", OffsetDateTime.class))), name).stream().findFirst();
    }

    @Override
    public void setPassword(String name, String passwordHash, Instant now) {
        jdbc.update("UPDATE accounts SET password_hash = ?, password_changed_at = ?, failed_sign_ins = 0, "
                + "sign_in_blocked_until = NULL WHERE name = ?", passwordHash, now.atOffset(ZoneOffset.UTC), name);
    }

    @Override
    public Instant countFailedSignIn(String name, int limit, Instant blockUntil) {
        // One statement, so failures counted at once on several servers all count.
        jdbc.update("UPDATE accounts SET "
                + "sign_in_blocked_until = CASE WHEN failed_sign_ins + 1 >= ? THEN ? ELSE sign_in_blocked_until END, "
                + "failed_sign_ins = CASE WHEN failed_sign_ins + 1 >= ? THEN 0 ELSE failed_sign_ins + 1 END WHERE name = ?",
                limit, blockUntil.atOffset(ZoneOffset.UTC), limit, name);
        return jdbc.query("SELECT sign_in_blocked_until FROM accounts WHERE name = ?",
                (rs, n) -> instant(rs.getObject(1, OffsetDateTime.class)), name).stream()
                .filter(until -> until != null && !until.isBefore(blockUntil)).findFirst().orElse(null);
    }

    @Override
    public void clearFailedSignIns(String name) {
        jdbc.update("UPDATE accounts SET failed_sign_ins = 0, sign_in_blocked_until = NULL "
                + "WHERE name = ? AND (failed_sign_ins <> 0 OR sign_in_blocked_until IS NOT NULL)", name);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    private static Account read(ResultSet rs) throws SQLException {
        return new Account(rs.getString("name"), Role.valueOf(rs.getString("role")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
