package dev.keypad.directory;

import java.util.List;

/**
 * A selection (SPEC §2) as SQL over the users table under the alias {@code u}, for features that
 * join their own tables to a selection of users and page through it in SIP-address order
 * ({@code ORDER BY u.sip_key}). This is the directory's published contract for set operations;
 * the users table's other columns are not. Immutable.
 *
 * @param from       the table expression to put after FROM: {@code users u}, possibly with an index hint
 * @param where      a condition to AND into the WHERE clause ({@code 1 = 1} for everyone)
 * @param parameters the values of the {@code ?} in {@code where}, in order
 */
public record SelectionSql(String from, String where, List<Object> parameters) {

    public SelectionSql {
        parameters = List.copyOf(parameters);
    }
}
