package dev.keypad.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The users of {@link FakeKeypadServer}: just enough of SPEC §2 (identity forms, wildcards, ordering by SIP
 * address, cursors) to drive the command line. Thread-safe through its own lock.
 */
final class FakeDirectory {

    static final List<String> FIELDS = List.of("sipAddress", "displayName", "userPrincipalName", "logonName",
            "distinguishedName", "email", "lineUri", "extension", "site", "title", "department", "city", "company");

    private final TreeMap<String, Map<String, Object>> users = new TreeMap<>();

    static String sip(String identity) {
        String lower = identity.toLowerCase(Locale.ROOT);
        return lower.startsWith("sip:") ? lower : "sip:" + lower;
    }

    synchronized Map<String, Object> put(Map<String, ?> fields) {
        Map<String, Object> user = new LinkedHashMap<>();
        String sip = sip(String.valueOf(fields.get("sipAddress")));
        user.put("identity", sip);
        FIELDS.forEach(field -> user.put(field, fields.get(field)));
        user.put("sipAddress", sip);
        user.put("createdAt", "2026-11-24T20:00:00Z");
        user.put("updatedAt", "2026-11-24T20:00:00Z");
        users.put(sip, user);
        return user;
    }

    synchronized Map<String, Object> get(String sipAddress) {
        return users.get(sip(sipAddress));
    }

    synchronized boolean remove(String sipAddress) {
        return users.remove(sip(sipAddress)) != null;
    }

    /** Every user, ordered by SIP address, as a selection without options names them. */
    synchronized List<Map<String, Object>> all() {
        return List.copyOf(users.values());
    }

    synchronized int size() {
        return users.size();
    }

    /** The users an identity names; a '*' only counts in display names, as on the real server. */
    synchronized List<Map<String, Object>> resolve(String identity) {
        Map<String, Object> bySip = users.get(sip(identity));
        if (bySip != null) {
            return List.of(bySip);
        }
        Pattern name = Pattern.compile(Pattern.quote(identity).replace("*", "\\E.*\\Q"), Pattern.CASE_INSENSITIVE);
        return users.values().stream()
                .filter(user -> name.matcher(String.valueOf(user.get("displayName"))).matches()
                        || identity.equalsIgnoreCase(String.valueOf(user.get("userPrincipalName")))
                        || identity.equalsIgnoreCase(String.valueOf(user.get("logonName"))))
                .toList();
    }

    /** One page of the users of a site (or all), after the cursor, with the cursor of the next page. */
    synchronized Map<String, Object> page(String site, String after, int limit, int resultSize) {
        List<Map<String, Object>> selection = users.values().stream()
                .filter(user -> site == null || site.equals(user.get("site")))
                .limit(resultSize)
                .toList();
        List<Map<String, Object>> items = new ArrayList<>();
        String next = null;
        for (Map<String, Object> user : selection) {
            String sip = (String) user.get("sipAddress");
            if (after != null && sip.compareTo(after) <= 0) {
                continue;
            }
            if (items.size() == limit) {
                next = (String) items.get(items.size() - 1).get("sipAddress");
                break;
            }
            items.add(user);
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", items);
        page.put("next", next);
        return page;
    }
}
