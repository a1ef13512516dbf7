package dev.keypad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import tools.jackson.core.JacksonException;
import tools.jackson.jr.ob.JSON;

/**
 * The identities a command acts on: its arguments, where {@code -} stands for standard input, read one line
 * at a time (SPEC §8) so that {@code keypad user list -o jsonl | keypad user remove -} starts removing before
 * the listing ends. A line is an identity, or a JSON object with an {@code identity} field; blank lines are
 * skipped. Iterating reads standard input, so an instance is iterated once.
 */
public final class Identities implements Iterable<String> {

    private final List<String> arguments;
    private final Environment environment;

    /** @param arguments the command's identity arguments, possibly empty; {@code -} reads standard input */
    public Identities(List<String> arguments, Environment environment) {
        this.arguments = List.copyOf(arguments);
        this.environment = environment;
    }

    public boolean isEmpty() {
        return arguments.isEmpty();
    }

    /** How many identities there are, known before reading them only when none comes from standard input. */
    public OptionalLong count() {
        return readStandardInput() ? OptionalLong.empty() : OptionalLong.of(arguments.size());
    }

    /** True when one of the arguments is {@code -}, so standard input is taken and cannot carry anything else. */
    public boolean readStandardInput() {
        return arguments.contains("-");
    }

    /**
     * The identities, each read only when asked for.
     *
     * @throws BadInputException from {@code next()}, for a line of standard input that is neither an identity
     *     nor a usable object
     */
    @Override
    public Iterator<String> iterator() {
        return new Reading();
    }

    /**
     * The identities in groups of at most {@code size}, each group read only when asked for: a bulk command
     * sends one group per request, so any number of identities flows through without being held at once.
     */
    public Iterable<List<String>> chunks(int size) {
        return () -> new Iterator<>() {
            private final Iterator<String> identities = iterator();

            @Override
            public boolean hasNext() {
                return identities.hasNext();
            }

            @Override
            public List<String> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                List<String> chunk = new ArrayList<>(size);
                while (chunk.size() < size && identities.hasNext()) {
                    chunk.add(identities.next());
                }
                return chunk;
            }
        };
    }

    /** Walks the arguments, switching to standard input, line by line, where an argument is {@code -}. */
    private final class Reading implements Iterator<String> {
        private int argument;
        private BufferedReader stdin;
        private int lineNumber;
        private String next;

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (stdin != null) {
                    next = nextLine();
                } else if (argument < arguments.size()) {
                    String text = arguments.get(argument++);
                    if ("-".equals(text)) {
                        // not closed: standard input belongs to the process, not to this command
                        stdin = new BufferedReader(new InputStreamReader(environment.stdin(), StandardCharsets.UTF_8));
                    } else {
                        next = text;
                    }
                } else {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            String identity = next;
            next = null;
            return identity;
        }

        /** The next identity on standard input; null (and back to the arguments) at its end. */
        private String nextLine() {
            try {
                for (String line = stdin.readLine(); line != null; line = stdin.readLine()) {
                    lineNumber++;
                    String trimmed = line.strip();
                    if (!trimmed.isEmpty()) {
                        return trimmed.startsWith("{") ? identityField(trimmed, lineNumber) : trimmed;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read standard input: " + e.getMessage(), e);
            }
            stdin = null;
            return null;
        }
    }

    private static String identityField(String line, int number) {
        Map<String, Object> object;
        try {
            object = JSON.std.mapFrom(line);
        } catch (JacksonException e) {
            throw new BadInputException("standard input line " + number + " starts with '{' but is not a JSON object");
        }
        if (object.get("identity") instanceof String identity && !identity.isBlank()) {
            return identity;
        }
        throw new BadInputException("standard input line " + number + ": the JSON object has no \"identity\" field");
    }
}
