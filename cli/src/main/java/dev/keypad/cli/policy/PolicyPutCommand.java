package dev.keypad.cli.policy;

import dev.keypad.cli.ExitCodes;
import dev.keypad.cli.MutatingCommand;
import dev.keypad.cli.PurposeOption;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code policy new} and {@code policy set}: both PUT the given fields to {@code /policies/{purpose}/{scope}},
 * which creates or changes alike, so each first checks that the policy is (or is not yet) there, and a typo in a
 * scope cannot create a policy nobody meant.
 */
abstract class PolicyPutCommand extends MutatingCommand {

    @Mixin
    private PurposeOption purpose;

    @Parameters(paramLabel = "SCOPE", converter = Scope.Converter.class,
            description = "global, site:NAME or tag:NAME.")
    private Scope scope;

    @Mixin
    private PolicyFields fields;

    /**
     * Refuses unless the policy's presence suits the command.
     *
     * @param existing the policy now; empty when there is none
     */
    protected abstract void check(String purpose, Scope scope, Optional<Map<String, Object>> existing);

    /** Refuses fields that cannot be sent, before anything is asked of the server. */
    protected void validate(Map<String, Object> changes) {
    }

    /** Whether to ask the server about the policy first; not needed where the answer is known. */
    protected boolean needsCheck(Scope scope) {
        return true;
    }

    protected abstract String question(String purpose, Scope scope);

    @Override
    protected int mutate() {
        Map<String, Object> changes = fields.given();
        validate(changes);
        Optional<Map<String, Object>> existing = needsCheck(scope)
                ? PolicyCommand.find(client(), purpose.value(), scope)
                : Optional.empty();
        check(purpose.value(), scope, existing);
        String path = PolicyCommand.path(purpose.value(), scope);
        if (proceed(question(purpose.value(), scope), "PUT", uri(path), changes)) {
            print(PolicyCommand.COLUMNS, client().send("PUT", path, changes));
        }
        return ExitCodes.SUCCESS;
    }
}
