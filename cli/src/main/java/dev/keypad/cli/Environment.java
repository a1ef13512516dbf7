package dev.keypad.cli;

import java.io.Console;
import java.io.InputStream;
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
 */
public record Environment(Map<String, String> variables, Path home, InputStream stdin, Prompt terminal) {

    public Environment {
        variables = Map.copyOf(Objects.requireNonNull(variables, "variables"));
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(stdin, "stdin");
    }

    /** The real process: {@code System.getenv()}, {@code user.home}, {@code System.in}, {@code System.console()}. */
    public static Environment system() {
        Console console = System.console();
        Prompt terminal = console == null ? null : question -> console.readLine("%s", question);
        return new Environment(System.getenv(), Path.of(System.getProperty("user.home")), System.in, terminal);
    }

    public Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name)).filter(value -> !value.isBlank());
    }

    public Optional<Prompt> console() {
        return Optional.ofNullable(terminal);
    }
}
