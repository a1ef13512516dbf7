package dev.keypad.cli.phone;

import dev.keypad.cli.ExitCodes;
import dev.keypad.cli.KeypadSubcommand;
import dev.keypad.cli.Pin;
import dev.keypad.cli.PinInput;
import dev.keypad.cli.PurposeOption;
import dev.keypad.cli.output.Columns;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "sign-in",
    description = {"Signs a caller in with a PIN, as a phone gateway does (POST /api/v1/phone/sign-in), and prints"
        + " the outcome: accepted, accepted-must-change, rejected, locked, expired or no-pin.",
        "Exits 0 for every outcome: it is a test tool. A rejected PIN counts as a failure towards lockout, as it"
            + " would from a phone. A caller the directory does not know exits 3."},
    footer = {"%nExamples:",
        "  keypad phone sign-in --purpose phone --extension 0100 --site Redmond --pin -",
        "  keypad phone sign-in --purpose voicemail --line-uri tel:+14255550100 \\",
        "      --pin - --caller-id +14255550199 -o json < pin.txt"})
final class PhoneSignInCommand extends KeypadSubcommand {

    static final Columns COLUMNS = new Columns(List.of("outcome"), List.of("outcome", "identity"));

    @Mixin
    private PurposeOption purpose;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Caller caller;

    @Option(names = "--pin", paramLabel = "DIGITS", required = true, converter = Pin.Converter.class,
            description = "The PIN the caller types; '-' reads it from the first line of standard input.")
    private Pin pin;

    @Option(names = "--caller-id", paramLabel = "ID", description = "Caller ID to record in the audit log.")
    private String callerId;

    @Override
    protected int run() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("purpose", purpose.value());
        body.putAll(caller.fields());
        body.put("pin", new PinInput(environment(), err()).digits(pin, "--pin"));
        if (callerId != null) {
            body.put("callerId", callerId);
        }
        print(COLUMNS, client().send("POST", "/phone/sign-in", body));
        return ExitCodes.SUCCESS;
    }
}
