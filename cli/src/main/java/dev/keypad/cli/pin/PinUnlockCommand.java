package dev.keypad.cli.pin;

import dev.keypad.cli.output.Columns;
import java.util.Map;
import picocli.CommandLine.Command;

@Command(name = "unlock",
    description = {"Unlocks PINs (POST /api/v1/pins/unlock): clears any lockout (administrator, failures,"
        + " temporary) and every failure counter.",
        "Prints one result per user and 'changed N, unchanged N, failed N' on standard error; exits 1 if a user"
            + " failed. Identities from standard input are sent 500 at a time, so a pipeline of any length works."},
    footer = {"%nExamples:",
        "  keypad pin unlock 'LITWAREINC\\kenmyer' --purpose phone",
        "  keypad pin unlock --purpose phone --where locked --site Redmond --confirm",
        "  keypad pin info --purpose phone -o jsonl | jq -c 'select(.isLockedOut)' \\",
        "      | keypad pin unlock --purpose phone -"})
final class PinUnlockCommand extends PinChangeCommand {

    @Override
    protected String verb() {
        return "unlock";
    }

    @Override
    protected String action() {
        return "Unlock";
    }

    @Override
    protected Columns columns() {
        return PinLockCommand.COLUMNS;
    }

    @Override
    protected Map<String, Object> options() {
        return Map.of();
    }
}
