package dev.keypad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion scripts, run by the real shells: bash (always there on Linux) and zsh where it is installed. */
class CompletionCommandTests {

    @TempDir
    Path home;

    private Path bashScript;

    @BeforeEach
    void writeBashScript() throws IOException {
        Cli.Run completion = new Cli(home).run("completion", "bash");
        assertThat(completion.exitCode()).as(completion.err()).isZero();
        bashScript = Files.writeString(home.resolve("keypad.bash"), completion.out());
    }

    @Test
    void bashScriptIsValidBash() throws Exception {
        assumeTrue(installed("bash"), "bash is not installed");

        Shell check = shell("bash", "-n", bashScript.toString());

        assertThat(check.exitCode()).as(check.err()).isZero();
    }

    @Test
    void bashCompletesNounsAndVerbs() throws Exception {
        assumeTrue(installed("bash"), "bash is not installed");

        assertThat(complete("keypad", "pi")).containsExactlyInAnyOrder("pin", "pin-keys");
        assertThat(complete("keypad", "")).contains("user", "pin", "policy", "phone", "mail", "completion");
        assertThat(complete("keypad", "pin", "")).containsExactlyInAnyOrder("info", "set", "lock", "unlock");
        assertThat(complete("keypad", "pin", "unlock", "--wh")).containsExactly("--what-if", "--where");
    }

    @Test
    void bashCompletesTheValuesOfOptionsThatHaveAFewKnownOnes() throws Exception {
        assumeTrue(installed("bash"), "bash is not installed");

        assertThat(complete("keypad", "pin", "unlock", "--purpose", ""))
                .containsExactly("phone", "voicemail", "conference");
        assertThat(complete("keypad", "policy", "grant", "--purpose", "v")).containsExactly("voicemail");
        assertThat(complete("keypad", "user", "list", "-o", "")).containsExactly("table", "json", "jsonl", "csv");
        assertThat(complete("keypad", "pin", "info", "--purpose", "phone", "--where", "")).containsExactly(
                "locked", "expired", "set", "unset");
        assertThat(complete("keypad", "mail", "list", "--status", "")).containsExactly(
                "queued", "sent", "failed", "cancelled");
        assertThat(complete("keypad", "completion", "")).containsExactly("bash", "zsh");
    }

    @Test
    void zshScriptRegistersTheCompletionThroughBashcompinit() throws Exception {
        assumeTrue(installed("zsh") || System.getenv("CI") != null,
                "zsh is not installed, so the zsh completion test is skipped here (.ci/run installs it; under CI it must run)");
        Cli.Run completion = new Cli(home).run("completion", "zsh");
        Path zshScript = Files.writeString(home.resolve("_keypad"), completion.out());

        Shell zsh = shell("zsh", "-f", "-c", "autoload -U compinit && compinit -u -d " + home.resolve("zcompdump")
                + " && source " + zshScript + " && print -r -- $_comps[keypad]");

        assertThat(completion.out()).startsWith("#compdef keypad\n");
        assertThat(zsh.exitCode()).as(zsh.err()).isZero();
        assertThat(zsh.out()).isEqualTo("_bash_complete -F _complete_keypad -o default\n");
    }

    @Test
    void anotherShellIsAUsageError() {
        Cli.Run fish = new Cli(home).run("completion", "fish");

        assertThat(fish.exitCode()).isEqualTo(2);
        assertThat(fish.err()).contains("'fish' is not one of bash, zsh");
    }

    /** The words bash would offer at the end of the given command line, as when TAB is pressed there. */
    private List<String> complete(String... words) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", "-c",
                "source \"$1\"; shift; COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); COMP_LINE=\"$*\";"
                        + " COMP_POINT=${#COMP_LINE}; _complete_keypad; printf '%s\\n' \"${COMPREPLY[@]}\"",
                "bash", bashScript.toString()));
        command.addAll(List.of(words));
        Shell bash = shell(command.toArray(String[]::new));
        assertThat(bash.exitCode()).as(bash.err()).isZero();
        return bash.out().lines().filter(line -> !line.isBlank()).toList();
    }

    private record Shell(int exitCode, String out, String err) {
    }

    private Shell shell(String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        return new Shell(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static boolean installed(String shell) throws IOException, InterruptedException {
        return new ProcessBuilder("sh", "-c", "command -v " + shell).start().waitFor() == 0;
    }
}
