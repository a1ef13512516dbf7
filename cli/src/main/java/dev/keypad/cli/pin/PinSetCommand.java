package dev.keypad.cli.pin;

import dev.keypad.cli.BadInputException;
import dev.keypad.cli.Identities;
import dev.keypad.cli.MailOptions;
import dev.keypad.cli.Pin;
import dev.keypad.cli.PinInput;
import dev.keypad.cli.output.Columns;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "set",
    description = {"Sets or resets PINs (POST /api/v1/pins/set) and prints one result per user: identity, purpose,"
        + " outcome, the PIN when Keypad generated it, what became of the mail, detail.",
        "Without --pin, Keypad generates a PIN per user that satisfies the policy; it is shown in this output only,"
            + " never again. A PIN given with --pin is checked against the policy, not against history. Setting a PIN"
            + " resets the failure counters and ends a failure lockout; an administrator lock needs --unlock.",
        "The mail column reads 'queued to ADDR (#ID)' ('keypad mail show ID' follows it), 'not sent', or 'no"
            + " address' for a user without an e-mail address: the PIN is set all the same.",
        "Prints 'changed N, unchanged N, failed N' on standard error at the end, then how many users got no mail for"
            + " want of an address; exits 1 if a user failed."},
    footer = {"%nExamples:",
        "  keypad pin set kenmyer@litwareinc.com --purpose phone -o json",
        "  keypad pin set 'LITWAREINC\\kenmyer' --purpose voicemail --pin - < pin.txt",
        "  keypad pin set --purpose voicemail --where locked --site Redmond --what-if",
        "  keypad pin set 'Ken Myer' --purpose conference --email-to ken@example.com",
        "  keypad user list --site Lab -o jsonl \\",
        "      | keypad pin set --purpose phone --no-send-email - -o csv > pins.csv"})
final class PinSetCommand extends PinChangeCommand {

    /** The mail column reads as a phrase in table and csv; json and jsonl keep the server's object. */
    private static final Columns COLUMNS = Columns.of(List.of("identity", "purpose", "outcome", "pin", "mail", "detail"))
            .withText("mail", MailOptions::text);

    @Option(names = "--pin", paramLabel = "DIGITS", converter = Pin.Converter.class,
            description = "The new PIN, the same for every user; '-' reads it from the first line of standard input,"
                    + " out of sight of ps and shell history. Without it, a PIN is generated per user.")
    private Pin pin;

    @Option(names = "--must-change", negatable = true,
            description = "The user must choose a new PIN at the next sign-in (default: yes for generated PINs, no"
                    + " for a PIN given with --pin).")
    private Boolean mustChange;

    @Mixin
    private MailOptions mail;

    @Option(names = "--unlock", description = "Also clear an administrator lock.")
    private boolean unlock;

    @Override
    protected String verb() {
        return "set";
    }

    @Override
    protected String action() {
        return "Set";
    }

    @Override
    protected Columns columns() {
        return COLUMNS;
    }

    @Override
    protected void validate(Identities targets) {
        if (pin != null && pin.fromStandardInput() && targets.readStandardInput()) {
            throw new BadInputException("--pin - and the identity '-' both read standard input; give the"
                    + " identities as arguments, or the PIN another way");
        }
        mail.validate();
    }

    @Override
    protected Map<String, Object> options() {
        Map<String, Object> options = new LinkedHashMap<>();
        if (pin != null) {
            options.put("pin", new PinInput(environment(), err()).digits(pin, "--pin"));
        }
        options.put("mustChange", mustChange);
        mail.addTo(options);
        options.put("unlock", unlock ? Boolean.TRUE : null);
        options.values().removeIf(value -> value == null);
        return options;
    }

    @Override
    protected void printed(Map<String, Object> result) {
        mail.count(result);
    }

    @Override
    protected void afterSummary() {
        mail.note(err(), whatIf());
    }
}
