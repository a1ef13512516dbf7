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

    /** The conditions joined with AND; {@code 1 = 1} when there are none. */
    String condition() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" AND ", conditions);
    }
}
