package dev.keypad.cli;

import dev.keypad.cli.client.KeypadClient;
import dev.keypad.cli.client.ProblemException;
import dev.keypad.cli.output.Columns;
import dev.keypad.cli.output.Format;
import dev.keypad.cli.output.Listing;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A command that does something ({@code keypad user list}, not {@code keypad user}): it takes {@code -o},
 * talks to the server through one lazily built client, and turns every failure into an exit code through
 * {@link ExitCodes}.
 */
public abstract class KeypadSubcommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", converter = Format.Converter.class,
            completionCandidates = Format.Names.class,
            description = "Output format: table, json, jsonl or csv (default: table).")
    private Format format = Format.TABLE;

    private Connection connection;
    private KeypadClient client;

    @Override
    public final Integer call() {
        try {
            return run();
        } catch (ParameterException e) {
            throw e; // picocli's own handler prints it with the usage and exits 2
        } catch (Exception e) {
            return ExitCodes.report(e, err());
        } finally {
            if (client != null) {
                client.close();
            }
            out().flush();
            err().flush();
        }
    }

    /** @return the exit code; failures are thrown, not returned */
    protected abstract int run() throws Exception;

    protected Environment environment() {
        return ((KeypadCommand) spec.root().userObject()).environment();
    }

    /** The server and token to use, resolved once. */
    protected Connection connection() {
        if (connection == null) {
            connection = Connection.resolve(environment());
        }
        return connection;
    }

    /** The full URL of an API path on the configured server, known without a token (for {@code --what-if}). */
    protected URI uri(String path) {
        return KeypadClient.uri(connection().server(), path, Map.of());
    }

    /** The client for the configured server and token, built on first use so that help and version stay fast. */
    protected KeypadClient client() {
        if (client == null) {
            Connection connection = connection();
            String token = connection.token().orElseThrow(() -> new ProblemException(401, Map.of("detail",
                    "not logged in to " + connection.server() + ": run 'keypad login --server URL --token TOKEN'"
                            + " or set KEYPAD_TOKEN")));
            client = new KeypadClient(connection.server(), token, connection.timeout());
        }
        return client;
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * The progress of a bulk command on standard error, shown only when that is a terminal (see {@link Progress}).
     *
     * @param counted what is counted, such as {@code identities done}
     * @param total how many there are in all, when known before the end
     */
    protected Progress progress(String counted, OptionalLong total) {
        if (!environment().errTerminal()) {
            return Progress.silent();
        }
        String command = spec.qualifiedName(" ").substring(spec.root().name().length()).strip();
        return new Progress(err(), Clock.systemUTC(), command, counted, total);
    }

    /** The format of {@code -o}, for a command whose flat formats show a record differently from its JSON. */
    protected Format format() {
        return format;
    }

    protected Listing listing(Columns columns) {
        return Listing.of(format, columns, out());
    }

    protected void print(Columns columns, Map<String, Object> record) {
        Listing.single(format, columns, out(), record);
    }
}
