package dev.keypad.cli.login;

import dev.keypad.cli.BadInputException;
import dev.keypad.cli.ConfigFile;
import dev.keypad.cli.Connection;
import dev.keypad.cli.ExitCodes;
import dev.keypad.cli.KeypadSubcommand;
import dev.keypad.cli.client.KeypadClient;
import dev.keypad.cli.output.Columns;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "login",
    description = {"Checks a server URL and API token (GET /api/v1/whoami) and saves both, owner-only, in "
        + "$XDG_CONFIG_HOME/keypad/config (default ~/.config/keypad/config).",
        "KEYPAD_SERVER and KEYPAD_TOKEN, when set, override the saved values."},
    footer = {"%nExamples:",
        "  keypad login --server https://keypad.example.com --token \"$TOKEN\"",
        "  keypad login --token - < keypad-data/initial-admin-token"})
public final class LoginCommand extends KeypadSubcommand {

    private static final Columns WHOAMI = Columns.of(List.of("account", "role"));

    @Option(names = "--server", paramLabel = "URL",
            description = "Server URL (default: KEYPAD_SERVER, the saved server, or http://localhost:8080).")
    private String server;

    @Option(names = "--token", paramLabel = "TOKEN", required = true,
            description = "API token; '-' reads it from the first line of standard input, out of sight of ps and"
                    + " shell history.")
    private String token;

    @Override
    protected int run() throws Exception {
        URI url = server != null ? Connection.server(server, "--server") : Connection.resolve(environment()).server();
        String secret = "-".equals(token) ? firstLineOfStandardInput() : token.strip();
        Map<String, Object> whoami;
        try (KeypadClient client = new KeypadClient(url, secret, Connection.timeout(environment()))) {
            whoami = client.get("/whoami", Map.of());
        }
        ConfigFile file = ConfigFile.of(environment());
        Map<String, String> saved = file.read();
        saved.put(ConfigFile.SERVER, url.toString());
        saved.put(ConfigFile.TOKEN, secret);
        file.write(saved);
        print(WHOAMI, whoami);
        err().println("Saved server " + url + " and token to " + file.path());
        environment().variable("KEYPAD_TOKEN").ifPresent(ignored ->
                err().println("Note: KEYPAD_TOKEN is set and overrides the saved token."));
        return ExitCodes.SUCCESS;
    }

    private String firstLineOfStandardInput() throws Exception {
        String line = new BufferedReader(new InputStreamReader(environment().stdin(), StandardCharsets.UTF_8)).readLine();
        if (line == null || line.isBlank()) {
            throw new BadInputException("--token -: standard input holds no token");
        }
        return line.strip();
    }
}
