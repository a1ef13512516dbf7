package dev.keypad.bench;

import java.util.List;

/**
 * One generated directory user, with every column the CSV import knows. Immutable.
 *
 * @param region the top OU under the domain, e.g. {@code North America}
 */
record SyntheticUser(String sipAddress, String displayName, String userPrincipalName, String logonName,
                     String distinguishedName, String email, String lineUri, String extension, String site,
                     String title, String department, String city, String company, String region) {

    /** The CSV header, in the order of {@link #csvValues()}; the names are those of docs/api.md. */
    static final List<String> CSV_COLUMNS = List.of("sipAddress", "displayName", "userPrincipalName", "logonName",
            "distinguishedName", "email", "lineUri", "extension", "site", "title", "department", "city", "company");

    List<String> csvValues() {
        return List.of(sipAddress, displayName, userPrincipalName, logonName, distinguishedName, email, lineUri,
                extension, site, title, department, city, company);
    }
}
