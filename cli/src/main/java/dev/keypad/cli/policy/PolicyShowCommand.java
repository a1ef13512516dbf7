package dev.keypad.cli.policy;

import dev.keypad.cli.ExitCodes;
import dev.keypad.cli.KeypadSubcommand;
import dev.keypad.cli.PurposeOption;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "show",
    description = {"Shows one PIN policy (GET /api/v1/policies/{purpose}/{scope}).",
        "Exits 3 when there is no such policy."},
    footer = {"%nExamples:",
        "  keypad policy show --purpose phone global",
        "  keypad policy show --purpose voicemail tag:executives -o json"})
final class PolicyShowCommand extends KeypadSubcommand {

    @Mixin
    private PurposeOption purpose;

    @Parameters(paramLabel = "SCOPE", converter = Scope.Converter.class,
            description = "global, site:NAME or tag:NAME.")
    private Scope scope;

    @Override
    protected int run() {
        print(PolicyCommand.COLUMNS, client().get(PolicyCommand.path(purpose.value(), scope), Map.of()));
        return ExitCodes.SUCCESS;
    }
}
