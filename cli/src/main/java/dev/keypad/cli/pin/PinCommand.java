package dev.keypad.cli.pin;

import dev.keypad.cli.CommandGroup;
import dev.keypad.cli.output.Columns;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "pin",
    description = {"PINs per user and purpose (phone, voicemail, conference): info, set, lock, unlock.",
        "Targets are identities (arguments, or '-' for standard input) or a server-side selection"
            + " (--ou, --ldap-filter, --site, --where) run as one set operation."},
    subcommands = {PinInfoCommand.class, PinSetCommand.class, PinLockCommand.class, PinUnlockCommand.class},
    footer = {"%nExamples:",
        "  keypad pin info kenmyer@litwareinc.com --purpose voicemail",
        "  keypad pin set 'LITWAREINC\\kenmyer' --purpose phone -o json",
        "  keypad pin unlock --purpose phone --where locked \\",
        "      --ou 'OU=Finance,DC=litwareinc,DC=com'"})
public final class PinCommand extends CommandGroup {

    /** The PIN info of SPEC §4: the table shows what a help desk looks at first; CSV every field. */
    static final Columns INFO = new Columns(
            List.of("identity", "purpose", "isPinSet", "isLockedOut", "lockoutReason", "mustChange", "isExpired",
                    "failedAttempts", "lastPinChangeTime"),
            List.of("identity", "purpose", "isPinSet", "isLockedOut", "lockoutReason", "lockedOutUntil",
                    "lastPinChangeTime", "pinExpirationTime", "isExpired", "mustChange", "firstTimeUser",
                    "failedAttempts", "lastFailureTime", "lastSuccessTime", "policy"));

    /** Page size when following cursors: the largest the server allows, for the fewest round trips. */
    static final int PAGE = 1000;
}
