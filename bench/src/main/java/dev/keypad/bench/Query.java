package dev.keypad.bench;

import java.util.List;

/**
 * One selection, asked both ways: as the API's query parameter and as the SQL a developer would write
 * by hand against the same table. Immutable.
 *
 * @param label        how the results table names it
 * @param apiParameter {@code ldapFilter} or {@code ou}
 * @param apiValue     its value, not yet URL-encoded
 * @param sqlCondition the WHERE condition of the reference, with {@code ?} placeholders
 * @param sqlValues    the values bound to them, in order
 */
record Query(String label, String apiParameter, String apiValue, String sqlCondition, List<Object> sqlValues) {

    /** The selections of issue 2, over the generated directory. */
    static List<Query> directorySelections() {
        String departmentOu = "OU=Finance,OU=Redmond,OU=North America," + SyntheticDirectory.BASE_DN;
        String cityOu = "OU=Redmond,OU=North America," + SyntheticDirectory.BASE_DN;
        String regionOu = "OU=Europe," + SyntheticDirectory.BASE_DN;
        return List.of(
                new Query("ldapFilter `(&(department=Finance)(l=Redmond))`", "ldapFilter",
                        "(&(department=Finance)(l=Redmond))",
                        "LOWER(department) = ? AND LOWER(city) = ?", List.of("finance", "redmond")),
                new Query("ldapFilter `(title=*Manager*)`", "ldapFilter", "(title=*Manager*)",
                        "LOWER(title) LIKE ?", List.of("%manager%")),
                new Query("ou `" + departmentOu + "` (a department)", "ou", departmentOu,
                        "dn_path LIKE ?", List.of(pathOf(departmentOu) + "%")),
                new Query("ou `" + cityOu + "` (a city)", "ou", cityOu,
                        "dn_path LIKE ?", List.of(pathOf(cityOu) + "%")),
                new Query("ou `" + regionOu + "` (a region)", "ou", regionOu,
                        "dn_path LIKE ?", List.of(pathOf(regionOu) + "%")));
    }

    /**
     * The users.dn_path form of a DN, computed the simple way that suffices for the generated names
     * (no escaped commas, no spaces around them): lower-cased RDNs, root first, each followed by a comma.
     */
    static String pathOf(String distinguishedName) {
        String[] rdns = distinguishedName.toLowerCase(java.util.Locale.ROOT).split(",");
        StringBuilder path = new StringBuilder();
        for (int i = rdns.length - 1; i >= 0; i--) {
            path.append(rdns[i]).append(',');
        }
        return path.toString();
    }
}
