package dev.keypad.pin.api;

import java.util.List;

import dev.keypad.directory.Selection;
import dev.keypad.pin.PinFilter;
import dev.keypad.pin.PinTargets;

/** Turns the targets of a request body into {@link PinTargets}. */
final class PinRequests {

    private PinRequests() {
    }

    static PinTargets targets(List<String> identities, PinController.SelectionRequest selection) {
        if (selection == null) {
            return new PinTargets(identities, null, null);
        }
        return new PinTargets(identities, Selection.of(selection.ou(), selection.ldapFilter(), selection.site(), selection.resultSize()),
                selection.where() == null ? null : PinFilter.parse(selection.where()));
    }
}
