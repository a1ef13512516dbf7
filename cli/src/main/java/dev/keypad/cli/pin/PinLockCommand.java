package dev.keypad.cli.pin;

import dev.keypad.cli.output.Columns;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

@Command(name = "lock",
    description = {"Locks PINs (POST /api/v1/pins/lock): sign-in with the right PIN fails until 'pin unlock' (or"
        + " 'pin set --unlock').",
        "Prints one result per user and 'changed N, unchanged N, failed N' on standard error; exits 1 if a user"
            + " failed."},
    footer = {"%nExamples:",
        "  keypad pin lock kenmyer@litwareinc.com --purpose phone",
        "  keypad pin lock --purpose voicemail --confirm \\",
        "      --ou 'OU=Leavers,DC=litwareinc,DC=com'",
        "  keypad pin lock --purpose conference --site Lab --what-if"})
final class PinLockCommand extends PinChangeCommand {

    static final Columns COLUMNS = Columns.of(List.of("identity", "purpose", "outcome", "detail"));

    @Override
    protected String verb() {
        return "lock";
    }

    @Override
    protected String action() {
        return "Lock";
    }

    @Override
    protected Columns columns() {
        return COLUMNS;
    }

    @Override
    protected Map<String, Object> options() {
        return Map.of();
    }
}
