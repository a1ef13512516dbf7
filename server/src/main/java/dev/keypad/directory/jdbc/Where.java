package dev.keypad.directory.jdbc;

import java.util.ArrayList;
import java.util.List;

/** A WHERE clause built from conditions that all must hold, with their parameters. Not thread-safe. */
final class Where {

    private final List<String> conditions = new ArrayList<>();
    final List<Object> parameters = new ArrayList<>();

    void add(String condition, Object... values) {
        conditions.add("(" + condition + ")");
        parameters.addAll(List.of(values));
    }

    String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }
}
