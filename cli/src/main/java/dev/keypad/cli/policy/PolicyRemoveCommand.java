package dev.keypad.cli.policy;

import dev.keypad.cli.ExitCodes;
import dev.keypad.cli.MutatingCommand;
import dev.keypad.cli.PurposeOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "remove",
    description = {"Removes a site or tag PIN policy with its grants (DELETE /api/v1/policies/{purpose}/{scope});"
        + " for global, resets the global policy to the purpose's defaults.",
        "Users of a removed policy fall back to their site's policy, else the global one."},
    footer = {"%nExamples:",
        "  keypad policy remove --purpose phone site:Lab --what-if",
        "  keypad policy remove --purpose voicemail global --confirm"})
final class PolicyRemoveCommand extends MutatingCommand {

    @Mixin
    private PurposeOption purpose;

    @Parameters(paramLabel = "SCOPE", converter = Scope.Converter.class,
            description = "global, site:NAME or tag:NAME.")
    private Scope scope;

    @Override
    protected int mutate() {
        String path = PolicyCommand.path(purpose.value(), scope);
        String question = scope.isGlobal()
                ? "Reset the global " + purpose.value() + " policy to its defaults?"
                : "Remove the " + purpose.value() + " policy " + scope + " and its grants?";
        if (proceed(question, "DELETE", uri(path), null)) {
            client().send("DELETE", path, null);
            err().println(scope.isGlobal()
                    ? "Reset the global " + purpose.value() + " policy to its defaults."
                    : "Removed the " + purpose.value() + " policy " + scope + ".");
        }
        return ExitCodes.SUCCESS;
    }
}
