package dev.keypad.cli.completion;

import dev.keypad.cli.Environment;
import dev.keypad.cli.ExitCodes;
import dev.keypad.cli.KeypadCommand;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code keypad completion bash|zsh}: picocli's bash script for the whole command tree, which zsh runs through
 * its bashcompinit; the zsh variant can also be a completion function file in {@code $fpath}.
 */
@Command(name = "completion",
    description = {"Prints the shell completion script for bash or zsh: commands, options, and the values of"
        + " --purpose, -o, --where, --status and --role complete on TAB.",
        "The script is generated from the commands of this keypad, so load it anew after an update."},
    footer = {"%nExamples:",
        "  source <(keypad completion bash)          # this bash session",
        "  keypad completion bash > ~/.local/share/bash-completion/completions/keypad",
        "                                            # every bash session",
        "  source <(keypad completion zsh)           # in ~/.zshrc, after compinit",
        "  keypad completion zsh > ~/.zfunc/_keypad  # with fpath=(~/.zfunc $fpath)",
        "                                            # before compinit in ~/.zshrc"})
public final class CompletionCommand implements Callable<Integer> {

    private static final List<String> SHELLS = List.of("bash", "zsh");

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "SHELL", completionCandidates = Shells.class, description = "bash or zsh.")
    private String shell;

    @Override
    public Integer call() {
        if (!SHELLS.contains(shell)) {
            throw new ParameterException(spec.commandLine(), "'" + shell + "' is not one of bash, zsh");
        }
        String name = spec.root().name();
        Environment environment = ((KeypadCommand) spec.root().userObject()).environment();
        String script = withoutPicocliNotes(AutoComplete.bash(name, KeypadCommand.everyCommand(environment)));
        String generated = "# " + name + " completion for " + shell + ", generated from the commands of "
                + spec.root().version()[0] + ".\n";
        String text = shell.equals("bash")
                ? generated
                        + "#   source <(" + name + " completion bash)   loads it into this shell;\n"
                        + "#   save it as ~/.local/share/bash-completion/completions/" + name
                        + " to load it into every shell.\n\n"
                        + script
                : "#compdef " + name + "\n" + generated
                        + "#   source <(" + name + " completion zsh)    in ~/.zshrc, after compinit; or save it as _"
                        + name + "\n#   in a folder of $fpath. zsh runs it through bashcompinit, which it loads.\n\n"
                        + script
                        // From $fpath this file is the body of the function _keypad, which zsh calls on the first TAB:
                        // the lines above have only just bound the real completion, so this TAB is completed here.
                        + "\nif [[ ${funcstack[1]} == _" + name + " ]]; then\n  _bash_complete -F _complete_" + name
                        + " -o default\nfi\n";
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return ExitCodes.SUCCESS;
    }

    /** Picocli's script without its opening notes, which suggest files and folders that keypad does not use. */
    private static String withoutPicocliNotes(String script) {
        int code = script.indexOf("\nif [ -n \"$BASH_VERSION\" ]");
        return code < 0 ? script : script.substring(code + 1);
    }

    /** The shells, offered by the completion of {@code keypad completion} itself. */
    static final class Shells implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return SHELLS.iterator();
        }
    }
}
