package dev.keypad.cli;

import dev.keypad.cli.client.ProblemException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Failures of single targets in a command that acts on several: each is reported at once and the others
 * go on. Failures that concern every target (not authorized, server unreachable, a request field other than
 * the identity refused, such as an unknown purpose) still end the command.
 */
public final class TargetFailures {

    private final PrintWriter err;
    private final boolean warnings;
    private final List<String> failed = new ArrayList<>();
    private int attempted;
    private ProblemException last;

    /**
     * @param warnings true under {@code --force}: failures are printed as warnings, and any failure makes the
     *     exit code 1 even with a single target
     */
    public TargetFailures(PrintWriter err, boolean warnings) {
        this.err = err;
        this.warnings = warnings;
    }

    /**
     * Runs the action for one target, recording a failure that concerns only that target.
     *
     * @return false when the target failed, so that a command can stop before the next one
     */
    public boolean attempt(String target, Runnable action) {
        attempted++;
        try {
            action.run();
            return true;
        } catch (ProblemException e) {
            if (ExitCodes.of(e) == ExitCodes.NOT_AUTHORIZED || concernsEveryTarget(e)) {
                throw e;
            }
            failed.add(target);
            last = e;
            ExitCodes.print(e, warnings ? "warning: " : "", err);
            return false;
        }
    }

    private static boolean concernsEveryTarget(ProblemException e) {
        return e.status() == 400 && e.field() != null && !e.field().equals("identity");
    }

    /**
     * The exit code: 0 without failures; a lone target's own code (3 when not found); otherwise 1, after
     * naming the targets that failed.
     */
    public int exitCode() {
        if (failed.isEmpty()) {
            return ExitCodes.SUCCESS;
        }
        if (attempted == 1 && !warnings) {
            return ExitCodes.of(last);
        }
        err.println("keypad: failed for " + failed.size() + (failed.size() == 1 ? " target: " : " targets: ")
                + String.join(", ", failed));
        return ExitCodes.FAILURE;
    }
}
