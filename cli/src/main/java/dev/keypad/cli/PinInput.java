package dev.keypad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Where the PINs of one command come from: the command line, which earns a warning, or standard input for
 * {@code -}, one line per PIN in the order the options are read. Not thread-safe.
 */
public final class PinInput {

    private final Environment environment;
    private final PrintWriter err;
    private BufferedReader stdin;
    private boolean warned;

    public PinInput(Environment environment, PrintWriter err) {
        this.environment = environment;
        this.err = err;
    }

    /**
     * The digits of a PIN option, as they are to be sent.
     *
     * @param option the option's name, such as {@code --pin}, for the warning and the error
     * @throws BadInputException when {@code -} finds no line on standard input
     */
    public String digits(Pin pin, String option) {
        if (pin.fromStandardInput()) {
            return nextLine(option);
        }
        if (!warned) {
            // once per command: the advice is the same for --pin and --new-pin
            err.println("keypad: warning: a PIN typed on the command line can stay in the shell history and show in"
                    + " the process list; give " + option + " - to read it from standard input");
            err.flush();
            warned = true;
        }
        return pin.typed();
    }

    private String nextLine(String option) {
        if (stdin == null) {
            // one reader for every PIN of the command, so that a second '-' reads the second line
            stdin = new BufferedReader(new InputStreamReader(environment.stdin(), StandardCharsets.UTF_8));
        }
        String line;
        try {
            line = stdin.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input: " + e.getMessage(), e);
        }
        if (line == null || line.isBlank()) {
            throw new BadInputException(option + " -: standard input holds no PIN");
        }
        return line.strip();
    }
}
