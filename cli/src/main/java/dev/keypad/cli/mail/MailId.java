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
        return all(arguments, null);
    }

    /**
     * As {@link #all(List)}, where the argument {@code -} stands for the lines of {@code stdin}: a mail id, or a
     * JSON object with an {@code id} field as {@code mail list -o jsonl} prints it; blank lines are skipped. A
     * list of mails is short, so standard input is read to its end first.
     *
     * @param stdin read only when an argument is {@code -}; may be null otherwise
     */
    static Set<MailId> all(List<String> arguments, java.io.InputStream stdin) {
        Set<MailId> ids = new LinkedHashSet<>();
        for (String argument : arguments) {
            if (argument.equals("-")) {
                ids.addAll(fromLines(stdin));
            } else {
                ids.add(of(argument));
            }
        }
        return ids;
    }

    private static List<MailId> fromLines(java.io.InputStream stdin) {
        List<MailId> ids = new java.util.ArrayList<>();
        java.io.BufferedReader reader = new java.io.BufferedReader(
                new java.io.InputStreamReader(stdin, java.nio.charset.StandardCharsets.UTF_8));
        try {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                String text = line.strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (!text.startsWith("{")) {
                    ids.add(of(text));
                    continue;
                }
                Object id;
                try {
                    id = tools.jackson.jr.ob.JSON.std.mapFrom(text).get("id");
                } catch (tools.jackson.core.JacksonException e) {
                    throw new BadInputException("standard input line " + number + " starts with '{' but is not a JSON object");
                }
                if (id == null) {
                    throw new BadInputException("standard input line " + number + ": the JSON object has no \"id\" field");
                }
                ids.add(of(id.toString()));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot read standard input", e);
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
