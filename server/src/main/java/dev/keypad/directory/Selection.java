package dev.keypad.directory;

import dev.keypad.InvalidInputException;
import dev.keypad.directory.jdbc.FilterSql;

/**
 * Which users a listing covers (SPEC §2): all conditions given must hold. Immutable.
 *
 * @param ou         users in this OU or any OU below it; null for any
 * @param ldapFilter an RFC 4515 filter over user attributes; null for any
 * @param site       users of this site (case-insensitive); null for any
 * @param resultSize at most this many users in all; null for no limit
 * @param namePattern users whose display name matches this {@code *} pattern (case-insensitive);
 *                    null for any
 */
public record Selection(DistinguishedName ou, LdapFilter ldapFilter, String site, Integer resultSize,
                        String namePattern) {

    public Selection {
        if (resultSize != null && resultSize < 1) {
            throw new InvalidInputException("resultSize", "resultSize must be at least 1, was " + resultSize);
        }
    }

    public static Selection everyone() {
        return new Selection(null, null, null, null, null);
    }

    /** Parses the selection options as the API and CLI name them. */
    public static Selection of(String ou, String ldapFilter, String site, Integer resultSize) {
        return new Selection(
                ou == null || ou.isBlank() ? null : DistinguishedName.parse("ou", ou),
                ldapFilter == null || ldapFilter.isBlank() ? null : LdapFilter.parse(ldapFilter, FilterSql.attributes()),
                site == null || site.isBlank() ? null : site.trim(),
                resultSize, null);
    }

    /** Every user whose display name matches a {@code *} pattern such as {@code "* Smith"}. */
    public static Selection displayNamesLike(String pattern) {
        return new Selection(null, null, null, null, pattern);
    }
}
