package dev.keypad.cli.mail;

import dev.keypad.cli.BadInputException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The number of a mail in the outbox, as {@code mail list} prints it.
 *
 * @param value positive
 */
record MailId(long value) {

    MailId {
        if (value < 1) {
            throw new IllegalArgumentException("a mail id is positive, was " + value);
        }
    }

    /**
     * Every id given, once each, in the order given: {@code 17}, or {@code #17} as {@code pin set} prints it. All
     * are read before any is used, so a typo is a usage error before anything is sent.
     *
     * @throws BadInputException naming the first argument that is not a mail's number
     */
    static Set<MailId> all(List<String> arguments) {
        Set<MailId> ids = new LinkedHashSet<>();
        for (String argument : arguments) {
            ids.add(of(argument));
        }
        return ids;
    }

    private static MailId of(String argument) {
        String digits = argument.strip();
        if (digits.startsWith("#")) {
            digits = digits.substring(1);
        }
        if (!digits.matches("[0-9]{1,18}") || Long.parseLong(digits) == 0) {
            throw new BadInputException("mail id '" + argument + "' is not a mail's number, such as 17");
        }
        return new MailId(Long.parseLong(digits));
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
