package dev.keypad.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One selection as the console's users page and the API ask for it. Immutable.
 *
 * @param label            how the results table names it
 * @param consoleParameter the users page's form field: {@code ou}, {@code ldapFilter} or {@code search}
 * @param apiParameter     the same for {@code GET /api/v1/users}: {@code ou}, {@code ldapFilter} or {@code identity}
 * @param value            its value, not yet URL-encoded
 */
record ConsoleSelection(String label, String consoleParameter, String apiParameter, String value) {

    /**
     * A broad OU (35 % of the users), a selective LDAP filter (0.44 %, the department OU's users) and a
     * display-name wildcard (4 %: the generated names are a given name and a surname, and one given
     * name in 25 is Ken; the DN's {@code CN=User NNNNNNN} is not a display name).
     */
    static List<ConsoleSelection> all() {
        String regionOu = "OU=Europe," + SyntheticDirectory.BASE_DN;
        return List.of(
                new ConsoleSelection("ou `" + regionOu + "` (a region)", "ou", "ou", regionOu),
                new ConsoleSelection("ldapFilter `(&(department=Finance)(l=Redmond))`", "ldapFilter", "ldapFilter",
                        "(&(department=Finance)(l=Redmond))"),
                new ConsoleSelection("display name `Ken*`", "search", "identity", "Ken*"));
    }

    /** The users page from a cursor, or from the start when {@code after} is null. */
    String consolePath(int size, String after) {
        return "/console/users?" + consoleParameter + "=" + encode(value) + "&size=" + size + afterParameter(after);
    }

    /** The API's page from a cursor, relative to {@code /api/v1}. */
    String apiPath(int limit, String after) {
        return "/users?" + apiParameter + "=" + encode(value) + "&limit=" + limit + afterParameter(after);
    }

    private static String afterParameter(String after) {
        return after == null ? "" : "&after=" + encode(after);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
