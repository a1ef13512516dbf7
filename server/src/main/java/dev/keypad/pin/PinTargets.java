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

    public static PinTargets named(List<String> identities) {
        return new PinTargets(identities, null, null);
    }

    public static PinTargets selected(Selection selection, PinFilter where) {
        return new PinTargets(null, selection, where);
    }
}
