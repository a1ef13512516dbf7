package dev.keypad.policy.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import dev.keypad.policy.PinPolicy;
import dev.keypad.policy.Policies;
import dev.keypad.policy.PolicyScope;
import dev.keypad.policy.Purpose;
import dev.keypad.policy.ScopedPolicy;

/** Policies and grants over plain JDBC. Thread-safe. */
@Repository
class JdbcPolicies implements Policies {

    private static final String COLUMNS = "id, purpose, scope, min_length, generated_length, history_count, lifetime_days, "
            + "allow_common_patterns, maximum_logon_attempts, logon_failures_before_pin_reset, max_logon_attempts, "
            + "reset_pin_text, enabled_text, updated_at";

    private final JdbcTemplate jdbc;

    JdbcPolicies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ScopedPolicy> list(Purpose purpose) {
        String order = " ORDER BY purpose, CASE WHEN scope_key = 'global' THEN 0 ELSE 1 END, scope_key";
        return purpose == null
                ? jdbc.query("SELECT " + COLUMNS + " FROM pin_policies" + order, (rs, n) -> read(rs))
                : jdbc.query("SELECT " + COLUMNS + " FROM pin_policies WHERE purpose = ?" + order, (rs, n) -> read(rs),
                        purpose.jsonName());
    }

    @Override
    public Optional<ScopedPolicy> find(Purpose purpose, PolicyScope scope) {
        return jdbc.query("SELECT " + COLUMNS + " FROM pin_policies WHERE purpose = ? AND scope_key = ?",
                (rs, n) -> read(rs), purpose.jsonName(), scope.key()).stream().findFirst();
    }

    @Override
    public ScopedPolicy save(PolicyScope scope, PinPolicy p, Instant now) {
        Object[] values = {p.minLength(), p.generatedLength(), p.historyCount(), p.lifetimeDays(), p.allowCommonPatterns(),
            p.maximumLogonAttempts(), p.logonFailuresBeforePinReset(), p.maxLogonAttempts(), p.resetPinText(),
            p.enabledText(), now.atOffset(ZoneOffset.UTC), scope.text(), p.purpose().jsonName(), scope.key()};
        int updated = jdbc.update("UPDATE pin_policies SET min_length = ?, generated_length = ?, history_count = ?, "
                + "lifetime_days = ?, allow_common_patterns = ?, maximum_logon_attempts = ?, "
                + "logon_failures_before_pin_reset = ?, max_logon_attempts = ?, reset_pin_text = ?, enabled_text = ?, "
                + "updated_at = ?, scope = ? WHERE purpose = ? AND scope_key = ?", values);
        if (updated == 0) {
            jdbc.update("INSERT INTO pin_policies (min_length, generated_length, history_count, lifetime_days, "
                    + "allow_common_patterns, maximum_logon_attempts, logon_failures_before_pin_reset, max_logon_attempts, "
                    + "reset_pin_text, enabled_text, updated_at, scope, purpose, scope_key) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
        }
        return find(p.purpose(), scope).orElseThrow();
    }

    @Override
    public boolean delete(Purpose purpose, PolicyScope scope) {
        return jdbc.update("DELETE FROM pin_policies WHERE purpose = ? AND scope_key = ?", purpose.jsonName(), scope.key()) > 0;
    }

    @Override
    public Map<Long, Long> grants(Purpose purpose, Collection<Long> userIds) {
        Map<Long, Long> grants = new HashMap<>();
        if (userIds.isEmpty()) {
            return grants;
        }
        String marks = String.join(",", java.util.Collections.nCopies(userIds.size(), "?"));
        Object[] parameters = new Object[userIds.size() + 1];
        parameters[0] = purpose.jsonName();
        System.arraycopy(userIds.toArray(), 0, parameters, 1, userIds.size());
        jdbc.query("SELECT user_id, policy_id FROM policy_grants WHERE purpose = ? AND user_id IN (" + marks + ")",
                rs -> {
                    grants.put(rs.getLong("user_id"), rs.getLong("policy_id"));
                }, parameters);
        return grants;
    }

    @Override
    public Optional<Long> grant(long userId, Purpose purpose, long policyId) {
        Optional<Long> before = grants(purpose, List.of(userId)).values().stream().findFirst();
        if (before.isPresent()) {
            jdbc.update("UPDATE policy_grants SET policy_id = ? WHERE user_id = ? AND purpose = ?", policyId, userId,
                    purpose.jsonName());
        } else {
            jdbc.update("INSERT INTO policy_grants (user_id, purpose, policy_id) VALUES (?, ?, ?)", userId,
                    purpose.jsonName(), policyId);
        }
        return before;
    }

    @Override
    public boolean revoke(long userId, Purpose purpose) {
        return jdbc.update("DELETE FROM policy_grants WHERE user_id = ? AND purpose = ?", userId, purpose.jsonName()) > 0;
    }

    private static ScopedPolicy read(ResultSet rs) throws SQLException {
        PinPolicy policy = new PinPolicy(Purpose.parse(rs.getString("purpose")), rs.getInt("min_length"),
                rs.getInt("generated_length"), rs.getInt("history_count"), rs.getInt("lifetime_days"),
                rs.getBoolean("allow_common_patterns"), rs.getObject("maximum_logon_attempts", Integer.class),
                rs.getObject("logon_failures_before_pin_reset", Integer.class),
                rs.getObject("max_logon_attempts", Integer.class), rs.getString("reset_pin_text"),
                rs.getString("enabled_text"));
        return new ScopedPolicy(rs.getLong("id"), PolicyScope.parse(rs.getString("scope")), policy,
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
