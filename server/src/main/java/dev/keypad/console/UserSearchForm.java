package dev.keypad.console;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The users search form, as typed; every field may be null or blank. The page size stays text so
 * that a wrong value is shown back as it was typed, next to its error.
 *
 * @param search any identity form, or a display name with {@code *}
 * @param after  the cursor of the page before, or null for the first page
 */
record UserSearchForm(String search, String ou, String site, String ldapFilter, String size, String after) {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;

    static UserSearchForm empty() {
        return new UserSearchForm(null, null, null, null, null, null);
    }

    boolean hasSelection() {
        return given(ou) || given(site) || given(ldapFilter);
    }

    boolean isFirstPage() {
        return !given(after);
    }

    /** The link to the same search from another cursor; null continues from the start. */
    String linkFrom(String cursor) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/console/users");
        addIfGiven(link, "search", search);
        addIfGiven(link, "ou", ou);
        addIfGiven(link, "site", site);
        addIfGiven(link, "ldapFilter", ldapFilter);
        addIfGiven(link, "size", size);
        addIfGiven(link, "after", cursor);
        return link.encode().build().toUriString();
    }

    static boolean given(String text) {
        return text != null && !text.isBlank();
    }

    private static void addIfGiven(UriComponentsBuilder link, String name, String value) {
        if (given(value)) {
            link.queryParam(name, value.trim());
        }
    }
}
