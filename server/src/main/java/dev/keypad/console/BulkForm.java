package dev.keypad.console;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.keypad.InvalidInputException;
import dev.keypad.mail.MailChoice;
import dev.keypad.pin.PinTargets;

/**
 * The bulk action form: which PINs, whose, and what to do with them. Every field is kept as typed,
 * so that a page with errors shows it again and the preview can hand it on to the run unchanged.
 *
 * @param identities   one identity per line, or blank for a selection
 * @param where        {@code locked}, {@code expired}, {@code set}, {@code unset}, or blank for all PINs
 * @param action       {@code unlock}, {@code lock} or {@code reset}
 * @param mustChange   reset only: the user must change the generated PIN at next sign-in; null (an
 *                     unticked box) is false
 * @param unlock       reset only: also clear locks an administrator set; null (an unticked box) is false
 * @param mail         reset only: {@code default}, {@code send} or {@code do-not-send}
 * @param previewCount how many targets the preview found, handed on to the run; null before a preview
 */
record BulkForm(String purpose, String identities, String ou, String ldapFilter, String site, String where,
                String action, Boolean mustChange, Boolean unlock, String mail, Integer previewCount) {

    static BulkForm empty() {
        return new BulkForm("", "", "", "", "", "", "unlock", true, false, "default", null);
    }

    /** What the form asks to do to each target. */
    enum Action {
        UNLOCK, LOCK, RESET;

        public String formName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Action parsedAction() {
        return Arrays.stream(Action.values()).filter(a -> a.formName().equals(action)).findFirst()
                .orElseThrow(() -> new InvalidInputException("action", "Choose what to do: unlock, lock or reset"));
    }

    public boolean mustChangeTicked() {
        return Boolean.TRUE.equals(mustChange);
    }

    public boolean unlockTicked() {
        return Boolean.TRUE.equals(unlock);
    }

    MailChoice mailChoice() {
        return switch (mail == null ? "default" : mail) {
            case "default" -> MailChoice.automatic();
            case "send" -> new MailChoice(true, null);
            case "do-not-send" -> new MailChoice(false, null);
            default -> throw new InvalidInputException("mail", "Choose whether to mail the new PINs");
        };
    }

    List<String> identityList() {
        return identities == null ? List.of() : identities.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /**
     * The users named, or the selection. A selection needs at least one condition, so that no slip
     * of the form acts on every PIN of the directory.
     *
     * @throws InvalidInputException naming the form field at fault
     */
    PinTargets targets() {
        List<String> named = identityList();
        boolean selected = Stream.of(ou, ldapFilter, site, where).anyMatch(BulkForm::given);
        if (named.isEmpty() && !selected) {
            throw new InvalidInputException("identities",
                    "Name the users: list their identities, or select them by OU, site, LDAP filter or PIN status");
        }
        if (!named.isEmpty() && selected) {
            throw new InvalidInputException("identities",
                    "List identities or select users by OU, site, LDAP filter and PIN status, not both: clear one of them");
        }
        if (!named.isEmpty()) {
            return PinTargets.of(named, null);
        }
        return PinTargets.of(null, new PinTargets.SelectionOptions(given(ou) ? ou : null, given(ldapFilter) ? ldapFilter : null,
                given(site) ? site : null, given(where) ? where : null, null));
    }

    private static boolean given(String text) {
        return text != null && !text.isBlank();
    }
}
