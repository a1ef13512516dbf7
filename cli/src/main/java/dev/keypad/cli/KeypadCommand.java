package dev.keypad.cli;

import dev.keypad.cli.account.AccountCommand;
import dev.keypad.cli.audit.AuditCommand;
import dev.keypad.cli.conferencing.ConferencingCommand;
import dev.keypad.cli.key.PinKeysCommand;
import dev.keypad.cli.login.LoginCommand;
import dev.keypad.cli.login.LogoutCommand;
import dev.keypad.cli.mail.MailCommand;
import dev.keypad.cli.phone.PhoneCommand;
import dev.keypad.cli.pin.PinCommand;
import dev.keypad.cli.policy.PolicyCommand;
import dev.keypad.cli.user.UserCommand;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ScopeType;

/**
 * The {@code keypad} command, root of every {@code keypad NOUN VERB} subcommand.
 *
 * <p>{@code new CommandLine(new KeypadCommand(environment)).execute(args)} is all it takes to run it, in
 * {@link #main} and in tests alike: every subcommand maps its own failures to exit codes (see
 * {@link ExitCodes}), so no handler has to be installed on the {@code CommandLine}. Output goes to the
 * {@code CommandLine}'s {@code getOut()}/{@code getErr()}; standard input, environment variables and the
 * terminal come from the {@link Environment}.
 */
@Command(
    name = "keypad",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = KeypadCommand.Version.class,
    description = "Command-line client of the Keypad server's REST API: directory users, PINs, PIN policies, the"
        + " phone path, the mail outbox, conferencing settings, accounts, audit log.",
    subcommands = {LoginCommand.class, LogoutCommand.class, UserCommand.class, PinCommand.class, PolicyCommand.class,
        PhoneCommand.class, MailCommand.class, ConferencingCommand.class, AccountCommand.class, AuditCommand.class,
        PinKeysCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:any other failure; a bulk command that failed for some targets names them and exits 1",
        "2:usage error (unknown option, missing argument, bad local input)",
        "3:identity not found or ambiguous; also a policy or mail that does not exist",
        "4:not authorized (not logged in, bad token, role may not do this)",
        "5:server unreachable (connection refused, unknown host, timeout)"},
    footer = {
        "%nEnvironment:",
        "  KEYPAD_SERVER   server URL, overrides the one saved by 'keypad login'",
        "                  (default: http://localhost:8080)",
        "  KEYPAD_TOKEN    API token, overrides the saved one",
        "  KEYPAD_TIMEOUT  seconds to wait for an answer (default 30)",
        "%nExamples:",
        "  keypad login --server https://keypad.example.com --token \"$TOKEN\"",
        "  keypad user list --ldap-filter '(department=Finance)' -o jsonl \\",
        "      | keypad user remove - --what-if",
        "  keypad pin info --purpose phone -o jsonl | jq -c 'select(.isLockedOut)' \\",
        "      | keypad pin unlock --purpose phone -"})
public final class KeypadCommand extends CommandGroup {

    private final Environment environment;

    /** @param environment where variables, standard input and the terminal come from; not null */
    public KeypadCommand(Environment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new KeypadCommand(Environment.system())).execute(args));
    }

    public Environment environment() {
        return environment;
    }

    /** Reads the version that Maven filtered into the resource at build time. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = KeypadCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"keypad " + properties.getProperty("version", "unknown")};
        }
    }
}
