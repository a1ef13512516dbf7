package dev.keypad.cli;

import dev.keypad.cli.account.AccountCommand;
import dev.keypad.cli.audit.AuditCommand;
import dev.keypad.cli.completion.CompletionCommand;
import dev.keypad.cli.conference.ConferenceCommand;
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
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;

/**
 * The {@code keypad} command, root of every {@code keypad NOUN VERB} subcommand.
 *
 * <p>{@code KeypadCommand.commandLine(environment, args).execute(args)} is all it takes to run it, in
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
        + " phone path, the mail outbox, audio conferencing and its bridge, accounts, audit log.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:any other failure; a bulk command that failed for some targets names them and exits 1",
        "2:usage error (unknown option, missing argument, bad local input)",
        "3:identity not found or ambiguous; also a policy, mail, conference or call that does not exist",
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

    /** The nouns, in the order that {@code keypad --help} lists them. */
    private static final List<Class<?>> NOUNS = List.of(LoginCommand.class, LogoutCommand.class, UserCommand.class,
            PinCommand.class, PolicyCommand.class, PhoneCommand.class, MailCommand.class, ConferencingCommand.class,
            ConferenceCommand.class, AccountCommand.class, AuditCommand.class, PinKeysCommand.class,
            CompletionCommand.class);

    private final Environment environment;

    /** @param environment where variables, standard input and the terminal come from; not null */
    public KeypadCommand(Environment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    public static void main(String[] args) {
        System.exit(commandLine(Environment.system(), args).execute(args));
    }

    /**
     * The command line to run these arguments with. Picocli builds each command's model by reflection when the
     * {@code CommandLine} is made, which for all of keypad's commands took half of a short command's start-up
     * (docs/benchmarks.md). So only the noun that the arguments name is built in full; every other noun is an
     * outline of its name and description, all that {@code keypad --help}, a missing noun and picocli's
     * suggestions need. Arguments that name no noun but hold a word (a typo, an {@code @file}) get every command,
     * for picocli to make sense of.
     */
    public static CommandLine commandLine(Environment environment, String... args) {
        String word = Arrays.stream(args).filter(arg -> !arg.startsWith("-")).findFirst().orElse(null);
        boolean known = NOUNS.stream().anyMatch(noun -> name(noun).equals(word));
        CommandLine keypad = new CommandLine(new KeypadCommand(environment));
        for (Class<?> noun : NOUNS) {
            if (name(noun).equals(word) || word != null && !known) {
                keypad.addSubcommand(noun);
            } else {
                CommandSpec outline = CommandSpec.create().name(name(noun));
                outline.usageMessage().description(noun.getAnnotation(Command.class).description());
                keypad.addSubcommand(name(noun), new CommandLine(outline));
            }
        }
        return keypad;
    }

    /** Every command in full: for the completion scripts, and for tests that walk through all of them. */
    public static CommandLine everyCommand(Environment environment) {
        CommandLine keypad = new CommandLine(new KeypadCommand(environment));
        NOUNS.forEach(keypad::addSubcommand);
        return keypad;
    }

    private static String name(Class<?> noun) {
        return noun.getAnnotation(Command.class).name();
    }

    public Environment environment() {
        return environment;
    }

    /**
     * Reads the version that Maven filtered into the resource at build time, and names the Java runtime, which
     * the jar does not bring along: {@code keypad 0.1.0} then {@code Java 17.0.15 (Debian), /usr/lib/jvm/…}.
     */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = KeypadCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"keypad " + properties.getProperty("version", "unknown"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
                        + System.getProperty("java.home")};
        }
    }
}
