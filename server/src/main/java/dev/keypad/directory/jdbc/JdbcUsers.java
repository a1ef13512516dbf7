package dev.keypad.directory.jdbc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import dev.keypad.InvalidInputException;
import dev.keypad.directory.DistinguishedName;
import dev.keypad.directory.ListingCursor;
import dev.keypad.directory.Selection;
import dev.keypad.directory.SelectionSql;
import dev.keypad.directory.User;
import dev.keypad.directory.UserData;
import dev.keypad.directory.UserPage;
import dev.keypad.directory.Users;

/** The users table, over plain JDBC. Thread-safe. */
@Repository
class JdbcUsers implements Users {

    private final JdbcTemplate jdbc;
    /** How listings read the users table: see the H2 migration V1_3 for why H2 needs a hint. */
    private final String listingSource;

    JdbcUsers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.listingSource = isH2(jdbc) ? "users u USE INDEX (users_sip_unique)" : "users u";
    }

    @Override
    public Optional<User> findBySipAddress(String sipAddress) {
        return jdbc.query("SELECT " + UserColumns.SELECT + " FROM users u WHERE u.sip_key = ?",
                (rs, n) -> UserColumns.read(rs), UserData.key(UserData.sipAddress(sipAddress))).stream().findFirst();
    }

    @Override
    public Optional<User> findById(long id) {
        return jdbc.query("SELECT " + UserColumns.SELECT + " FROM users u WHERE u.id = ?", (rs, n) -> UserColumns.read(rs), id)
                .stream().findFirst();
    }

    @Override
    public Optional<User> findByLineUri(String lineUri) {
        return jdbc.query("SELECT " + UserColumns.SELECT + " FROM users u WHERE u.line_key = ?",
                (rs, n) -> UserColumns.read(rs), UserData.key(lineUri.trim())).stream().findFirst();
    }

    @Override
    public List<User> findByExtension(String extension, String site, int limit) {
        return site == null || site.isBlank()
                ? jdbc.query("SELECT " + UserColumns.SELECT + " FROM users u WHERE u.extension = ? ORDER BY u.sip_key LIMIT ?",
                        (rs, n) -> UserColumns.read(rs), extension.trim(), limit)
                : jdbc.query("SELECT " + UserColumns.SELECT + " FROM users u WHERE u.extension = ? AND u.site_key = ? "
                        + "ORDER BY u.sip_key LIMIT ?", (rs, n) -> UserColumns.read(rs), extension.trim(), UserData.key(site.trim()), limit);
    }

    @Override
    public List<User> findByIdentity(String identity, int limit) {
        RankedQuery query = new RankedQuery();
        sipKeyOf(identity).ifPresent(key -> query.add(1, "u.sip_key = ?", key));
        String key = UserData.key(identity);
        query.add(2, "u.upn_key = ?", key);
        query.add(3, "u.logon_key = ?", key);
        query.add(4, "u.display_key = ?", key);
        dnKeyOf(identity).ifPresent(dn -> query.add(5, "u.dn_key = ?", dn));
        return query.firstRank(jdbc, limit).users();
    }

    @Override
    public UserPage select(Selection selection, String after, int limit) {
        ListingCursor cursor = ListingCursor.decode(after);
        int pageSize = cursor.pageSize(limit, selection.resultSize());
        if (pageSize <= 0) {
            return new UserPage(List.of(), null);
        }
        SelectionSql sql = sql(selection, cursor.lastSipKey());
        List<Object> parameters = new ArrayList<>(sql.parameters());
        parameters.add(pageSize + 1);
        List<User> users = jdbc.query("SELECT " + UserColumns.SELECT + " FROM " + sql.from() + " WHERE " + sql.where()
                + " ORDER BY u.sip_key LIMIT ?", (rs, n) -> UserColumns.read(rs), parameters.toArray());
        boolean selectionFull = selection.resultSize() != null && cursor.count() + pageSize >= selection.resultSize();
        if (users.size() <= pageSize || selectionFull) {
            return new UserPage(List.copyOf(users.subList(0, Math.min(pageSize, users.size()))), null);
        }
        List<User> page = users.subList(0, pageSize);
        return new UserPage(List.copyOf(page),
                cursor.next(pageSize, UserData.key(page.get(pageSize - 1).identity())).encode());
    }

    @Override
    public SelectionSql sql(Selection selection, String afterSipKey) {
        Where where = new Where();
        if (selection.namePattern() != null) {
            where.add("u.display_key LIKE ? ESCAPE '\\'", Like.pattern(UserData.key(selection.namePattern())));
        }
        if (selection.ou() != null) {
            where.add("u.dn_path LIKE ? ESCAPE '\\'", Like.prefix(selection.ou().path()));
        }
        if (selection.ldapFilter() != null) {
            FilterSql.SqlCondition condition = FilterSql.toSql(selection.ldapFilter());
            where.add(condition.sql(), condition.parameters().toArray());
        }
        if (selection.site() != null) {
            where.add("u.site_key = ?", UserData.key(selection.site()));
        }
        if (afterSipKey != null) {
            where.add("u.sip_key > ?", afterSipKey);
        }
        return new SelectionSql(listingSource, where.condition(), where.parameters);
    }

    @Override
    public Map<String, User> findBySipAddresses(Collection<String> sipAddresses) {
        Map<String, User> found = new HashMap<>();
        if (sipAddresses.isEmpty()) {
            return found;
        }
        String marks = String.join(",", java.util.Collections.nCopies(sipAddresses.size(), "?"));
        jdbc.query("SELECT " + UserColumns.SELECT + " FROM users u WHERE u.sip_key IN (" + marks + ")",
                rs -> {
                    User user = UserColumns.read(rs);
                    found.put(UserData.key(user.identity()), user);
                }, sipAddresses.stream().map(UserData::key).toArray());
        return found;
    }

    @Override
    public Optional<Clash> findClash(UserData data, Long exceptId) {
        long except = exceptId == null ? -1 : exceptId;
        RankedQuery query = new RankedQuery();
        query.add(1, "u.sip_key = ? AND u.id <> ?", UserData.key(data.sipAddress()), except);
        if (data.userPrincipalName() != null) {
            query.add(2, "u.upn_key = ? AND u.id <> ?", UserData.key(data.userPrincipalName()), except);
        }
        if (data.logonName() != null) {
            query.add(3, "u.logon_key = ? AND u.id <> ?", UserData.key(data.logonName()), except);
        }
        if (data.distinguishedName() != null) {
            query.add(4, "u.dn_key = ? AND u.id <> ?", data.dn().key(), except);
        }
        if (data.lineUri() != null) {
            query.add(5, "u.line_key = ? AND u.id <> ?", UserData.key(data.lineUri()), except);
        }
        if (data.extension() != null) {
            query.add(6, "u.site_key = ? AND u.extension = ? AND u.id <> ?",
                    data.site() == null ? "" : UserData.key(data.site()), data.extension(), except);
        }
        RankedQuery.Result result = query.firstRank(jdbc, 1);
        if (result.users().isEmpty()) {
            return Optional.empty();
        }
        String field = List.of("sipAddress", "userPrincipalName", "logonName", "distinguishedName", "lineUri", "extension")
                .get(result.rank() - 1);
        return Optional.of(new Clash(field, result.users().get(0)));
    }

    @Override
    public User insert(UserData data, Instant now) {
        insertAll(List.of(data), now);
        return findBySipAddress(data.sipAddress()).orElseThrow();
    }

    @Override
    public void insertAll(List<UserData> data, Instant now) {
        if (data.isEmpty()) {
            return;
        }
        String marks = String.join(",", java.util.Collections.nCopies(UserColumns.WRITTEN_COUNT + 2, "?"));
        jdbc.batchUpdate("INSERT INTO users (" + UserColumns.WRITTEN + ", created_at, updated_at) VALUES (" + marks + ")",
                data.stream().map(user -> UserColumns.with(UserColumns.values(user),
                        UserColumns.timestamp(now), UserColumns.timestamp(now))).toList());
    }

    @Override
    public User update(User user, UserData data, Instant now) {
        User changed = new User(user.id(), data, user.createdAt(), now);
        updateAll(List.of(changed), now);
        return changed;
    }

    @Override
    public void updateAll(List<User> changed, Instant now) {
        if (changed.isEmpty()) {
            return;
        }
        String assignments = String.join(" = ?, ", UserColumns.WRITTEN.split(", ")) + " = ?";
        jdbc.batchUpdate("UPDATE users SET " + assignments + ", updated_at = ? WHERE id = ?",
                changed.stream().map(user -> UserColumns.with(UserColumns.values(user.data()),
                        UserColumns.timestamp(now), user.id())).toList());
    }

    @Override
    public void delete(User user) {
        jdbc.update("DELETE FROM users WHERE id = ?", user.id());
    }

    @Override
    public long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM users", Long.class);
    }

    private static boolean isH2(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection connection) ->
                connection.getMetaData().getDatabaseProductName().equals("H2")));
    }

    private static Optional<String> sipKeyOf(String identity) {
        try {
            return Optional.of(UserData.key(UserData.sipAddress(identity)));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> dnKeyOf(String identity) {
        if (!identity.contains("=")) {
            return Optional.empty();
        }
        try {
            return Optional.of(DistinguishedName.parse("identity", identity).key());
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }
}
