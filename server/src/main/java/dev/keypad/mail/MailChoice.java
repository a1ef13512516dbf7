package dev.keypad.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import dev.keypad.InvalidInputException;

/**
 * What an operation asked about mail (SPEC §5): send or not, and to which address. Immutable.
 *
 * @param sendEmail true sends, false sends nothing, null follows the tenant setting
 *                  {@code automaticallySendEmailsToUsers}
 * @param emailTo   an address instead of the user's own, or null; asking for a mail by itself
 * @throws InvalidInputException when the address is malformed, or given with {@code sendEmail} false
 */
public record MailChoice(Boolean sendEmail, String emailTo) {

    public MailChoice {
        if (emailTo != null) {
            emailTo = emailTo.trim();
            if (Boolean.FALSE.equals(sendEmail)) {
                throw new InvalidInputException("emailTo", "emailTo asks for a mail and sendEmail: false for none; give one of them");
            }
            requireAddress(emailTo, "emailTo");
        }
    }

    /** No choice made: the tenant setting decides. */
    public static MailChoice automatic() {
        return new MailChoice(null, null);
    }

    /**
     * Where the mail goes, or why none goes.
     *
     * @param primaryAddress the user's primary address, or null
     * @param automaticMails the tenant setting {@code automaticallySendEmailsToUsers}
     */
    public Decision decide(String primaryAddress, boolean automaticMails) {
        boolean send = sendEmail != null ? sendEmail : emailTo != null || automaticMails;
        if (!send) {
            return new Decision(null, MailNote.NOT_SENT);
        }
        String to = emailTo != null ? emailTo : primaryAddress == null || primaryAddress.isBlank() ? null : primaryAddress;
        return to == null ? new Decision(null, MailNote.NO_ADDRESS) : new Decision(to, MailNote.QUEUED);
    }

    /**
     * @param to     the address to mail, or null when no mail goes
     * @param status {@link MailNote#QUEUED} when a mail goes, else why not
     */
    public record Decision(String to, String status) {

        public boolean sends() {
            return to != null;
        }
    }

    /** @throws InvalidInputException naming {@code field} when {@code address} is not one plain mail address */
    static void requireAddress(String address, String field) {
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            if (parsed.getPersonal() != null || !parsed.getAddress().contains("@")) {
                throw new AddressException("not a plain address");
            }
        } catch (AddressException e) {
            throw new InvalidInputException(field, field + " '" + address + "' is not an e-mail address like ken@litwareinc.com");
        }
    }
}
