package dev.keypad.cli.user;

import dev.keypad.cli.Identities;
import dev.keypad.cli.MutatingCommand;
import dev.keypad.cli.Progress;
import dev.keypad.cli.TargetFailures;
import dev.keypad.cli.output.Listing;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "remove",
    description = {"Removes users (DELETE /api/v1/users/{sipAddress}) and prints the users removed.",
        "Every identity is resolved first: without --force, an identity that names nobody stops the command "
            + "before anything is removed. A display-name wildcard removes every user it matches."},
    footer = {"%nExamples:",
        "  keypad user remove kenmyer@litwareinc.com --what-if",
        "  keypad user remove 'Pilar*' --confirm",
        "  keypad user list --site Lab -o jsonl | keypad user remove - --force"})
final class UserRemoveCommand extends MutatingCommand {

    @Parameters(paramLabel = "IDENTITY", arity = "1..*",
            description = "Users to remove; '-' reads identities (or JSON objects with an identity field) from standard input, one per line.")
    private List<String> identities;

    @Override
    protected int mutate() {
        TargetFailures failures = new TargetFailures(err(), force());
        Map<String, Map<String, Object>> targets = resolve(failures);
        Listing removed = whatIf() ? null : listing(UserCommand.COLUMNS);
        // each user is one request, so a long list shows its progress; what-if and confirm print for each user
        boolean quiet = whatIf() || confirm();
        try (Progress progress = quiet ? Progress.silent() : progress("removed", OptionalLong.of(targets.size()))) {
            for (Map<String, Object> user : targets.values()) {
                String sip = UserCommand.sipAddress(user);
                String path = UserCommand.path(user);
                if (proceed("Remove " + sip + " (" + user.get("displayName") + ")?", "DELETE", uri(path), null)) {
                    attempt(failures, progress, sip, () -> {
                        client().send("DELETE", path, null);
                        progress.clear();
                        removed.add(user);
                    });
                    progress.advance(1);
                }
            }
        } finally {
            if (removed != null) {
                removed.close();
            }
        }
        return failures.exitCode();
    }

    /** Every target, once even when two identities name the same user, in the order given. */
    private Map<String, Map<String, Object>> resolve(TargetFailures failures) {
        Map<String, Map<String, Object>> targets = new LinkedHashMap<>();
        Identities given = new Identities(identities, environment());
        try (Progress progress = progress("identities resolved", given.count())) {
            given.forEach(identity -> {
                attempt(failures, progress, identity, () -> {
                    for (List<Map<String, Object>> page : UserCommand.matches(client(), identity)) {
                        page.forEach(user -> targets.putIfAbsent(UserCommand.sipAddress(user), user));
                    }
                });
                progress.advance(1);
            });
        }
        return targets;
    }

    /**
     * With --force a failed target is a warning and the others go on; without, it ends the command (and the
     * progress, closed on the way out, makes room for its message).
     */
    private void attempt(TargetFailures failures, Progress progress, String target, Runnable action) {
        if (!force()) {
            action.run();
            return;
        }
        failures.attempt(target, () -> {
            try {
                action.run();
            } catch (RuntimeException e) {
                progress.clear(); // the warning follows
                throw e;
            }
        });
    }
}
