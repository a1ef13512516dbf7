package dev.keypad.pin;

import java.util.List;

import dev.keypad.InvalidInputException;
import dev.keypad.directory.Selection;

/**
 * Whom a PIN operation acts on: named users (any identity form, wildcards in display names), or a
 * server-side selection with an optional PIN condition, executed as one set operation. Immutable.
 *
 * @param identities the users named, or null for a selection
 * @param selection  the selection, or null when users are named
 * @param where      which PINs of the selection count; null for all
 */
public record PinTargets(List<String> identities, Selection selection, PinFilter where) {

    public PinTargets {
        if ((identities == null) == (selection == null)) {
            throw new InvalidInputException("identities", "Name the users either by identities or by a selection, not both and not neither");
        }
        if (identities != null && identities.isEmpty()) {
            throw new InvalidInputException("identities", "identities is empty");
        }
        if (identities != null && where != null) {
            throw new InvalidInputException("where", "where applies to selections only");
        }
        identities = identities == null ? null : List.copyOf(identities);
    }

    /**
     * Reads targets as the API and the console receive them.
     *
     * @param identities the users named, or null
     * @param selection  the selection options, or null when users are named
     * @throws InvalidInputException naming the field at fault (an OU that is no DN, an unknown {@code where})
     * @throws dev.keypad.directory.InvalidLdapFilterException when the LDAP filter cannot be used
     */
    public static PinTargets of(List<String> identities, SelectionOptions selection) {
        if (selection == null) {
            return new PinTargets(identities, null, null);
        }
        return new PinTargets(identities, Selection.of(selection.ou(), selection.ldapFilter(), selection.site(), selection.resultSize()),
                selection.where() == null ? null : PinFilter.parse(selection.where()));
    }

    /**
     * A selection as typed: all conditions given must hold; null or blank means none.
     *
     * @param where      {@code locked}, {@code expired}, {@code set} or {@code unset}; null for all PINs
     * @param resultSize at most this many users; null for no limit
     */
    public record SelectionOptions(String ou, String ldapFilter, String site, String where, Integer resultSize) {
    }

    public static PinTargets named(List<String> identities) {
        return new PinTargets(identities, null, null);
    }

    public static PinTargets selected(Selection selection, PinFilter where) {
        return new PinTargets(null, selection, where);
    }
}
