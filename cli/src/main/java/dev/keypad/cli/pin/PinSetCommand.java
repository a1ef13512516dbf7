package dev.keypad.cli.pin;

import dev.keypad.cli.BadInputException;
import dev.keypad.cli.Identities;
import dev.keypad.cli.Pin;
import dev.keypad.cli.PinInput;
import dev.keypad.cli.output.Columns;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
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
            .withText("mail", PinSetCommand::mail);

    @Option(names = "--pin", paramLabel = "DIGITS", converter = Pin.Converter.class,
            description = "The new PIN, the same for every user; '-' reads it from the first line of standard input,"
                    + " out of sight of ps and shell history. Without it, a PIN is generated per user.")
    private Pin pin;

    @Option(names = "--must-change", negatable = true,
            description = "The user must choose a new PIN at the next sign-in (default: yes for generated PINs, no"
                    + " for a PIN given with --pin).")
    private Boolean mustChange;

    @Option(names = "--send-email", negatable = true,
            description = "Mail the new PIN to the user (default: the server's automatic e-mail setting).")
    private Boolean sendEmail;

    @Option(names = "--email-to", paramLabel = "ADDR", description = "Mail to this address instead of the user's; implies --send-email.")
    private String emailTo;

    @Option(names = "--unlock", description = "Also clear an administrator lock.")
    private boolean unlock;

    private long withoutAddress;

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
        if (emailTo != null && Boolean.FALSE.equals(sendEmail)) {
            throw new BadInputException("--email-to and --no-send-email contradict each other; give one of them");
        }
    }

    @Override
    protected Map<String, Object> options() {
        Map<String, Object> options = new LinkedHashMap<>();
        if (pin != null) {
            options.put("pin", new PinInput(environment(), err()).digits(pin, "--pin"));
        }
        options.put("mustChange", mustChange);
        options.put("sendEmail", emailTo != null && sendEmail == null ? Boolean.TRUE : sendEmail);
        options.put("emailTo", emailTo);
        options.put("unlock", unlock ? Boolean.TRUE : null);
        options.values().removeIf(value -> value == null);
        return options;
    }

    @Override
    protected void printed(Map<String, Object> result) {
        if (result.get("mail") instanceof Map<?, ?> mail && "no-address".equals(mail.get("status"))) {
            withoutAddress++;
        }
    }

    /** The users who got no mail for want of an address are easy to miss in a long listing: they are counted. */
    @Override
    protected void afterSummary() {
        if (withoutAddress > 0) {
            err().println(withoutAddress + (withoutAddress == 1 ? " user has" : " users have") + " no e-mail address;"
                    + " no mail " + (whatIf() ? "would be" : "was") + " sent to them (use --email-to)");
        }
    }

    /**
     * What became of a result's mail ({@code {"status", "id", "to"}}, docs/api.md) in a few words, such as
     * {@code queued to kenmyer@litwareinc.com (#17)}; nothing for a result without a mail (failed, unchanged).
     */
    private static String mail(Object value) {
        if (!(value instanceof Map<?, ?> mail)) {
            return "";
        }
        String to = mail.get("to") == null ? "" : " to " + mail.get("to");
        return switch (String.valueOf(mail.get("status"))) {
            case "queued" -> "queued" + to + (mail.get("id") == null ? "" : " (#" + mail.get("id") + ")");
            case "would-queue" -> "would queue" + to;
            case "no-address" -> "no address";
            case "not-sent" -> "not sent";
            default -> String.valueOf(mail.get("status")); // a status this client does not know yet, as it is
        };
    }
}
