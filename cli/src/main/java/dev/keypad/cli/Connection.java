package dev.keypad.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Which server to talk to, with which token, and how long to wait: {@code KEYPAD_SERVER},
 * {@code KEYPAD_TOKEN} and {@code KEYPAD_TIMEOUT} win over the values saved by {@code keypad login}.
 *
 * @param server base URL without a trailing slash
 * @param token the API token; empty when neither saved nor set
 */
public record Connection(URI server, Optional<String> token, Duration timeout) {

    static final URI DEFAULT_SERVER = URI.create("http://localhost:8080");
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /** @throws BadInputException when a variable or the saved file holds something unusable */
    public static Connection resolve(Environment environment) {
        Map<String, String> saved;
        try {
            saved = ConfigFile.of(environment).read();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ConfigFile.of(environment).path() + ": "
                    + e.getClass().getSimpleName(), e);
        }
        URI server = environment.variable("KEYPAD_SERVER").map(text -> server(text, "KEYPAD_SERVER"))
                .or(() -> Optional.ofNullable(saved.get(ConfigFile.SERVER)).map(text -> server(text, "the saved server")))
                .orElse(DEFAULT_SERVER);
        Optional<String> token = environment.variable("KEYPAD_TOKEN")
                .or(() -> Optional.ofNullable(saved.get(ConfigFile.TOKEN)).filter(text -> !text.isBlank()));
        return new Connection(server, token, timeout(environment));
    }

    /** How long to wait for the server: {@code KEYPAD_TIMEOUT} seconds, 30 by default. */
    public static Duration timeout(Environment environment) {
        return environment.variable("KEYPAD_TIMEOUT").map(Connection::seconds).orElse(DEFAULT_TIMEOUT);
    }

    /**
     * Checks a server URL once, here, so that a typo is reported as such and not as an unreachable server.
     *
     * @param source where the text came from, named in the error
     * @throws BadInputException unless it is an absolute http or https URL with a host
     */
    public static URI server(String text, String source) {
        String trimmed = text.strip().replaceAll("/+$", "");
        try {
            URI uri = new URI(trimmed);
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            if (web && uri.getHost() != null && uri.getQuery() == null && uri.getFragment() == null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below, with the advice that fits every malformed URL
        }
        throw new BadInputException(source + " '" + text + "' is not a server URL such as https://keypad.example.com");
    }

    private static Duration seconds(String seconds) {
        try {
            long value = Long.parseLong(seconds.strip());
            if (value > 0) {
                return Duration.ofSeconds(value);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadInputException("KEYPAD_TIMEOUT '" + seconds + "' is not a positive number of seconds");
    }
}
