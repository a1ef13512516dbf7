package dev.keypad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class HelpTests {

    @TempDir
    Path home;

    @Test
    void topLevelHelpDocumentsEveryExitCode() {
        Cli.Run help = new Cli(home).run("--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Exit codes:").containsPattern("(?m)^  0 +success")
                .containsPattern("(?m)^  2 +usage error").containsPattern("(?m)^  3 +identity not found or ambiguous")
                .containsPattern("(?m)^  4 +not authorized").containsPattern("(?m)^  5 +server unreachable")
                .containsPattern("(?m)^  1 +any other failure");
    }

    @Test
    void everyCommandHasADescriptionAndExamplesThatFitAnEightyColumnTerminalUnwrapped() {
        List<CommandLine> commands = new ArrayList<>();
        collect(KeypadCommand.everyCommand(new Cli(home).environment()), commands);

        assertThat(commands).hasSizeGreaterThan(15);
        for (CommandLine command : commands) {
            StringWriter usage = new StringWriter();
            command.usage(new PrintWriter(usage));
            assertThat(command.getCommandSpec().usageMessage().description()).as(command.getCommandName()).isNotEmpty();
            assertThat(usage.toString()).as(command.getCommandName()).contains("Example");
            assertThat(command.getCommandSpec().usageMessage().footer()).as(command.getCommandName())
                    .allSatisfy(line -> assertThat(line.replace("%n", "")).hasSizeLessThanOrEqualTo(80));
        }
    }

    @Test
    void theCommandLineBuiltForSomeArgumentsHelpsAsTheOneWithEveryCommand() {
        Environment environment = new Cli(home).environment();

        CommandLine forHelp = KeypadCommand.commandLine(environment, "--help");
        CommandLine forPinUnlock = KeypadCommand.commandLine(environment, "pin", "unlock", "--purpose", "phone", "-");

        String full = KeypadCommand.everyCommand(environment).getUsageMessage();
        assertThat(forHelp.getUsageMessage()).isEqualTo(full);
        assertThat(forPinUnlock.getUsageMessage()).isEqualTo(full);
        assertThat(forPinUnlock.getSubcommands().get("pin").getSubcommands()).containsOnlyKeys("info", "set", "lock",
                "unlock");
        assertThat(forPinUnlock.getSubcommands().get("user").getSubcommands()).as("only outlined").isEmpty();
        assertThat(KeypadCommand.commandLine(environment, "usr").getSubcommands().get("user").getSubcommands())
                .as("a word that is no noun gets every command, for picocli's suggestions").isNotEmpty();
    }

    @Test
    void pinUnlockHelpShowsTheSpecPipeline() {
        Cli.Run help = new Cli(home).run("pin", "unlock", "--help");

        assertThat(help.out().replaceAll(" \\\\\n +", " ")).contains("keypad pin info --purpose phone -o jsonl"
                + " | jq -c 'select(.isLockedOut)' | keypad pin unlock --purpose phone -");
    }

    @Test
    void versionComesFromTheBuildAndNamesTheJavaRuntime() {
        Cli.Run version = new Cli(home).run("--version");

        assertThat(version.exitCode()).isZero();
        List<String> lines = version.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("keypad \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(lines.get(1)).startsWith("Java " + System.getProperty("java.version") + " (")
                .endsWith(System.getProperty("java.home"));
    }

    private static void collect(CommandLine command, List<CommandLine> into) {
        into.add(command);
        command.getSubcommands().values().forEach(sub -> collect(sub, into));
    }
}
