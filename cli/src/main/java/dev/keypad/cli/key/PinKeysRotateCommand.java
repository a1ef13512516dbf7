package dev.keypad.cli.key;

import dev.keypad.cli.ExitCodes;
import dev.keypad.cli.MutatingCommand;
import dev.keypad.cli.output.Columns;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

@Command(name = "rotate",
    description = {"Adds a new PIN key version and makes it current (POST /api/v1/pin-keys/rotate): new PINs are"
        + " hashed with it, and every old PIN is re-hashed with it at its next successful sign-in.",
        "Only for keys the server keeps in its data folder's pin-keys file; keys configured with"
            + " keypad.pin-keys are rotated by adding a version to that setting on every server (exit 1 here)."
            + " Other servers sharing the database read a rotated key file when they restart."},
    footer = {"%nExamples:", "  keypad pin-keys rotate", "  keypad pin-keys rotate --what-if", "  keypad pin-keys rotate -o json"})
final class PinKeysRotateCommand extends MutatingCommand {

    private static final Columns COLUMNS = Columns.of(List.of("currentVersion"));

    @Override
    protected int mutate() {
        String path = "/pin-keys/rotate";
        if (proceed("Rotate the PIN keys?", "POST", uri(path), null)) {
            Map<String, Object> rotated = client().send("POST", path, Map.of());
            print(COLUMNS, rotated);
        }
        return ExitCodes.SUCCESS;
    }
}
