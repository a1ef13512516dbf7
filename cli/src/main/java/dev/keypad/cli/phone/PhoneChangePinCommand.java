package dev.keypad.cli.phone;

import dev.keypad.cli.ExitCodes;
import dev.keypad.cli.MutatingCommand;
import dev.keypad.cli.Pin;
import dev.keypad.cli.PinInput;
import dev.keypad.cli.PurposeOption;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "change-pin",
    description = {"Changes a PIN the way a caller does on the phone (POST /api/v1/phone/change-pin): the old PIN"
        + " proves identity, the new one must obey the policy and its history. Prints the outcome.",
        "Exits 0 when the outcome is changed; 1 when the sign-in stopped it (rejected, locked, no-pin) or the new"
            + " PIN breaks the policy, whose violations are printed as 'code: message' on standard error."},
    footer = {"%nExamples:",
        "  keypad phone change-pin --purpose voicemail --extension 0100 \\",
        "      --pin - --new-pin - < old-and-new-pin.txt",
        "  keypad phone change-pin --purpose phone --identity kenmyer@litwareinc.com \\",
        "      --pin - --new-pin - --what-if < old-and-new-pin.txt"})
final class PhoneChangePinCommand extends MutatingCommand {

    private static final String MASK = "*****";

    @Mixin
    private PurposeOption purpose;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Caller caller;

    @Option(names = "--pin", paramLabel = "OLD", required = true, converter = Pin.Converter.class,
            description = "The current PIN; '-' reads it from standard input (the first line).")
    private Pin pin;

    @Option(names = "--new-pin", paramLabel = "NEW", required = true, converter = Pin.Converter.class,
            description = "The new PIN; '-' reads it from standard input (the line after the current PIN's, when"
                    + " both are '-').")
    private Pin newPin;

    @Option(names = "--caller-id", paramLabel = "ID", description = "Caller ID to record in the audit log.")
    private String callerId;

    @Override
    protected int mutate() {
        PinInput pins = new PinInput(environment(), err());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("purpose", purpose.value());
        body.putAll(caller.fields());
        body.put("pin", pins.digits(pin, "--pin"));
        body.put("newPin", pins.digits(newPin, "--new-pin"));
        if (callerId != null) {
            body.put("callerId", callerId);
        }
        // --what-if prints the body: never with the PINs in it
        Map<String, Object> shown = new LinkedHashMap<>(body);
        shown.put("pin", MASK);
        shown.put("newPin", MASK);
        String question = "Change the " + purpose.value() + " PIN of " + caller.describe() + "?";
        if (!proceed(question, "POST", uri("/phone/change-pin"), shown)) {
            return ExitCodes.SUCCESS;
        }
        Map<String, Object> answer = client().send("POST", "/phone/change-pin", body);
        print(PhoneSignInCommand.COLUMNS, answer);
        if ("changed".equals(answer.get("outcome"))) {
            return ExitCodes.SUCCESS;
        }
        err().println("keypad: the PIN was not changed: the sign-in was " + answer.get("outcome"));
        return ExitCodes.FAILURE;
    }
}
