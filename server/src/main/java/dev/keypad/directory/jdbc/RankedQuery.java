package dev.keypad.directory.jdbc;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import dev.keypad.directory.User;

/**
 * Several lookups, each on its own index, sent as one UNION ALL: the answer is the users found
 * by the lowest-ranked lookup that found anyone. One round trip instead of up to five, and no OR
 * across columns that a planner might answer with a table scan. Not thread-safe.
 */
final class RankedQuery {

    private final List<String> branches = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    void add(int rank, String condition, Object... values) {
        branches.add("SELECT " + rank + " AS form_rank, " + UserColumns.SELECT + " FROM users u WHERE " + condition);
        parameters.addAll(List.of(values));
    }

    /** @param limit how many users of the first rank to return at most */
    Result firstRank(JdbcTemplate jdbc, int limit) {
        List<Object> values = new ArrayList<>(parameters);
        values.add(limit);
        List<Ranked> rows = jdbc.query(String.join(" UNION ALL ", branches) + " ORDER BY form_rank, sip_key LIMIT ?",
                (rs, n) -> new Ranked(rs.getInt("form_rank"), UserColumns.read(rs)), values.toArray());
        if (rows.isEmpty()) {
            return new Result(0, List.of());
        }
        int first = rows.get(0).rank();
        return new Result(first, rows.stream().filter(row -> row.rank() == first).limit(limit).map(Ranked::user).toList());
    }

    record Result(int rank, List<User> users) {
    }

    private record Ranked(int rank, User user) {
    }
}
