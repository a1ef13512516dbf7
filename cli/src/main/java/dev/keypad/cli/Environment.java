package dev.keypad.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the command line takes from the process around it, injected so tests run commands in-process.
 *
 * @param variables environment variables ({@code KEYPAD_SERVER}, {@code XDG_CONFIG_HOME}, …); not null
 * @param home the user's home folder, where {@code .config/keypad} lives unless {@code XDG_CONFIG_HOME} says
 *     otherwise; not null
 * @param stdin standard input, read for {@code -} arguments; not null
 * @param terminal the interactive terminal for {@code --confirm}; null when there is none (piped or scripted)
 * @param errTerminal true when standard error is a terminal, where bulk commands show their progress (a line
 *     rewritten in place); it can be one while standard input is a pipe, as at the end of a pipeline
 */
public record Environment(Map<String, String> variables, Path home, InputStream stdin, Prompt terminal,
        boolean errTerminal) {

    public Environment {
        variables = Map.copyOf(Objects.requireNonNull(variables, "variables"));
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(stdin, "stdin");
    }

    /** An environment whose standard error is not a terminal: no progress is shown. */
    public Environment(Map<String, String> variables, Path home, InputStream stdin, Prompt terminal) {
        this(variables, home, stdin, terminal, false);
    }

    /** The real process: {@code System.getenv()}, {@code user.home}, {@code System.in}, {@code System.console()}. */
    public static Environment system() {
        Console console = System.console();
        Prompt terminal = console == null ? null : question -> console.readLine("%s", question);
        return new Environment(System.getenv(), Path.of(System.getProperty("user.home")), System.in, terminal,
                errTerminal(console));
    }

    public Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name)).filter(value -> !value.isBlank());
    }

    public Optional<Prompt> console() {
        return Optional.ofNullable(terminal);
    }

    /**
     * Java has no isatty(2): on Linux the link behind file descriptor 2 names the terminal device; elsewhere the
     * console, which Java reports only when standard input and output are terminals, is the best guess.
     */
    private static boolean errTerminal(Console console) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException e) {
            return console != null;
        }
    }
}
