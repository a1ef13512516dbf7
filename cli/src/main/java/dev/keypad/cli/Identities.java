package dev.keypad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.jr.ob.JSON;

/**
 * The identities a command acts on: its arguments, where {@code -} stands for standard input, read one line
 * at a time (SPEC §8) so that {@code keypad user list -o jsonl | keypad user remove -} starts removing before
 * the listing ends. A line is an identity, or a JSON object with an {@code identity} field; blank lines are
 * skipped.
 */
public final class Identities {

    private final List<String> arguments;
    private final Environment environment;

    public Identities(List<String> arguments, Environment environment) {
        this.arguments = List.copyOf(arguments);
        this.environment = environment;
    }

    /**
     * Hands each identity to the action as soon as it is read.
     *
     * @throws BadInputException for a line of standard input that is neither an identity nor a usable object
     */
    public void forEach(Consumer<String> action) {
        for (String argument : arguments) {
            if ("-".equals(argument)) {
                readStandardInput(action);
            } else {
                action.accept(argument);
            }
        }
    }

    private void readStandardInput(Consumer<String> action) {
        // not closed: standard input belongs to the process, not to this command
        BufferedReader reader = new BufferedReader(new InputStreamReader(environment.stdin(), StandardCharsets.UTF_8));
        try {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                String trimmed = line.strip();
                if (!trimmed.isEmpty()) {
                    action.accept(trimmed.startsWith("{") ? identityField(trimmed, number) : trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input: " + e.getMessage(), e);
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
