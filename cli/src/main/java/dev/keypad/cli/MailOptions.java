package dev.keypad.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --send-email|--no-send-email} and {@code --email-to} of the commands whose changes mail the user
 * ({@code pin set}, {@code conferencing user …}), as a picocli mixin, with what these commands print about the
 * mail of each result (docs/api.md: {@code "mail": {"status", "id", "to"}}). Counts the results that got no mail
 * for want of an address, so that a note after the summary names how many; not thread-safe.
 */
public final class MailOptions {

    @Option(names = "--send-email", negatable = true,
            description = "Mail the user about the change (default: the server's automatic e-mail setting).")
    private Boolean sendEmail;

    @Option(names = "--email-to", paramLabel = "ADDR",
            description = "Mail to this address instead of the user's; implies --send-email.")
    private String emailTo;

    private long withoutAddress;

    /** @throws BadInputException for {@code --email-to} with {@code --no-send-email}, which the server refuses too */
    public void validate() {
        if (emailTo != null && Boolean.FALSE.equals(sendEmail)) {
            throw new BadInputException("--email-to and --no-send-email contradict each other; give one of them");
        }
    }

    /** True when a mail is asked for explicitly: {@code --send-email}, or {@code --email-to} that implies it. */
    public boolean asked() {
        return Boolean.TRUE.equals(sendEmail) || emailTo != null;
    }

    /** Puts {@code sendEmail} and {@code emailTo} into a request, each only when given. */
    public void addTo(Map<String, Object> request) {
        Boolean send = emailTo != null && sendEmail == null ? Boolean.TRUE : sendEmail;
        if (send != null) {
            request.put("sendEmail", send);
        }
        if (emailTo != null) {
            request.put("emailTo", emailTo);
        }
    }

    /** Counts a printed result whose user got no mail for want of an address. */
    public void count(Map<String, Object> result) {
        if (result.get("mail") instanceof Map<?, ?> mail && "no-address".equals(mail.get("status"))) {
            withoutAddress++;
        }
    }

    /** The users who got no mail for want of an address are easy to miss in a long listing: prints how many. */
    public void note(PrintWriter err, boolean whatIf) {
        if (withoutAddress > 0) {
            err.println(withoutAddress + (withoutAddress == 1 ? " user has" : " users have") + " no e-mail address;"
                    + " no mail " + (whatIf ? "would be" : "was") + " sent to them (use --email-to)");
        }
    }

    /**
     * What became of a result's mail in a few words, for the mail column of table and csv, such as
     * {@code queued to kenmyer@litwareinc.com (#17)}; nothing for a result without a mail (failed, unchanged).
     */
    public static String text(Object value) {
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
