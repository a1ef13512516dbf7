package dev.keypad.cli.user;

import dev.keypad.cli.CommandGroup;
import dev.keypad.cli.client.KeypadClient;
import dev.keypad.cli.client.Pages;
import dev.keypad.cli.client.ProblemException;
import dev.keypad.cli.output.Columns;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

@Command(name = "user",
    description = "Directory users: add, list, show, set, remove, import.",
    subcommands = {UserAddCommand.class, UserListCommand.class, UserShowCommand.class, UserSetCommand.class,
        UserRemoveCommand.class, UserImportCommand.class},
    footer = {"%nExamples:",
        "  keypad user list --site Redmond",
        "  keypad user show 'Pilar*'"})
public final class UserCommand extends CommandGroup {

    /** The CSV columns are those 'user import' reads, so that an exported listing imports back unchanged. */
    static final Columns COLUMNS = new Columns(
            List.of("identity", "displayName", "extension", "site", "title", "department"),
            List.of("sipAddress", "displayName", "userPrincipalName", "logonName", "distinguishedName", "email",
                    "lineUri", "extension", "site", "title", "department", "city", "company"));

    /** Page size when following cursors: the largest the server allows, for the fewest round trips. */
    static final int PAGE = 1000;

    private static final int SHOWN_MATCHES = 20;

    /** Every user an identity resolves to (several for a display-name wildcard), page by page. */
    static Pages matches(KeypadClient client, String identity) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("identity", identity);
        query.put("limit", PAGE);
        return client.pages("/users", query);
    }

    /**
     * The one user an identity names, for commands that change one user at a time.
     *
     * @throws ProblemException {@code not-found} when nobody matches, {@code ambiguous-identity} when a wildcard
     *     matches several users
     */
    static Map<String, Object> one(KeypadClient client, String identity) {
        Map<String, Object> page = client.get("/users", Map.of("identity", identity, "limit", SHOWN_MATCHES));
        List<?> items = page.get("items") instanceof List<?> list ? list : List.of();
        if (items.size() == 1) {
            @SuppressWarnings("unchecked")
            Map<String, Object> user = (Map<String, Object>) items.get(0);
            return user;
        }
        if (items.isEmpty()) {
            throw new ProblemException(404, Map.of("type", "urn:keypad:problem:not-found",
                    "detail", "no user matches '" + identity + "'"));
        }
        List<Object> matches = items.stream().<Object>map(item -> ((Map<?, ?>) item).get("sipAddress")).toList();
        String more = page.get("next") != null ? " (and more)" : "";
        throw new ProblemException(409, Map.of(
                "type", "urn:keypad:problem:ambiguous-identity",
                "detail", "'" + identity + "' matches " + matches.size() + " users" + more
                        + "; this command changes one user at a time",
                "matches", matches));
    }

    static String sipAddress(Map<String, Object> user) {
        return String.valueOf(user.get("sipAddress"));
    }

    static String path(Map<String, Object> user) {
        return "/users/" + KeypadClient.segment(sipAddress(user));
    }
}
