package dev.keypad.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code keypad} in-process, exactly as {@link KeypadCommand#main} does, with captured output, a
 * given standard input, environment and (optionally) a scripted terminal or a standard error that counts as one.
 */
final class Cli {

    /** What a run printed and how it ended. */
    record Run(int exitCode, String out, String err) {
    }

    private final Path home;
    private final Map<String, String> variables = new HashMap<>();
    private InputStream stdin = new ByteArrayInputStream(new byte[0]);
    private Prompt terminal;
    private boolean errTerminal;
    final List<String> questions = new ArrayList<>();

    Cli(Path home) {
        this.home = home;
    }

    /** A command line logged in to the fake as administrator through KEYPAD_SERVER and KEYPAD_TOKEN. */
    static Cli against(FakeKeypadServer server, Path home) {
        return new Cli(home).env("KEYPAD_SERVER", server.uri().toString())
                .env("KEYPAD_TOKEN", FakeKeypadServer.ADMIN_TOKEN);
    }

    Cli env(String name, String value) {
        variables.put(name, value);
        return this;
    }

    Cli stdin(String text) {
        return stdin(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Standard input as a stream, for tests that feed it while the command runs. */
    Cli stdin(InputStream stream) {
        stdin = stream;
        return this;
    }

    /** A terminal on which these answers are typed, one per question; then end of input. */
    Cli terminal(String... answers) {
        Deque<String> typed = new ArrayDeque<>(List.of(answers));
        terminal = question -> {
            questions.add(question);
            return typed.poll();
        };
        return this;
    }

    /** Standard error is a terminal, where bulk commands show their progress. */
    Cli errTerminal() {
        errTerminal = true;
        return this;
    }

    Environment environment() {
        return new Environment(variables, home, stdin, terminal, errTerminal);
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = KeypadCommand.commandLine(environment(), args)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }
}
