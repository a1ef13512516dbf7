package dev.keypad.cli;

import dev.keypad.cli.client.ProblemException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The per-target results of bulk operations the server runs as one set operation ({@code pin set|lock|unlock},
 * {@code policy grant}): each is counted as it arrives, a failed one is reported at once on standard error,
 * and the end gives the summary line and the exit code. Not thread-safe.
 */
public final class Outcomes {

    /** Failed targets named in the closing line; a run over 100,000 users must not print them all twice. */
    private static final int NAMED = 20;

    private final PrintWriter err;
    private final boolean warnings;
    private final List<String> failedTargets = new ArrayList<>();
    private long targets;
    private long changed;
    private long unchanged;
    private long wouldChange;
    private long failed;
    private long declined;
    private String lastProblem = "";

    /**
     * @param warnings true under {@code --force} and {@code --what-if}: failures are printed as warnings, and a
     *     lone target's failure exits 1, not with its own code
     */
    public Outcomes(PrintWriter err, boolean warnings) {
        this.err = err;
        this.warnings = warnings;
    }

    /** Counts one result ({@code {"identity", "outcome", "detail", "problem", "violations"}}), reporting a failure. */
    public void add(Map<String, Object> result) {
        targets++;
        switch (String.valueOf(result.get("outcome"))) {
            case "changed" -> changed++;
            case "unchanged" -> unchanged++;
            case "would-change" -> wouldChange++;
            case "failed" -> fail(result);
            default -> {
                // an outcome this client does not know yet is printed with the results, not counted
            }
        }
    }

    /** A target the person declined at the {@code --confirm} question. */
    public void declined() {
        declined++;
    }

    public long failed() {
        return failed;
    }

    /**
     * Ends the run: names the failed targets (unless a lone target failed, or this was a what-if), prints the
     * summary line last, and returns the exit code.
     *
     * @param whatIf nothing was changed: the exit code is 0, failures included, as the what-if itself worked
     */
    public int finish(boolean whatIf) {
        int exitCode = ExitCodes.SUCCESS;
        if (failed > 0 && !whatIf) {
            if (targets == 1 && !warnings) {
                exitCode = ExitCodes.ofProblem(lastProblem);
            } else {
                String more = failed > failedTargets.size() ? " and " + (failed - failedTargets.size()) + " more" : "";
                err.println("keypad: failed for " + failed + (failed == 1 ? " target: " : " targets: ")
                        + String.join(", ", failedTargets) + more);
                exitCode = ExitCodes.FAILURE;
            }
        }
        err.println(summary());
        err.flush();
        return exitCode;
    }

    /** {@code changed 3, unchanged 1, failed 0}, then what a what-if or a declined question left undone. */
    public String summary() {
        StringBuilder line = new StringBuilder("changed " + changed + ", unchanged " + unchanged + ", failed " + failed);
        if (wouldChange > 0) {
            line.append(", would change ").append(wouldChange);
        }
        if (declined > 0) {
            line.append(", declined ").append(declined);
        }
        return line.toString();
    }

    private void fail(Map<String, Object> result) {
        failed++;
        String target = String.valueOf(result.get("identity"));
        if (failedTargets.size() < NAMED) {
            failedTargets.add(target);
        }
        lastProblem = result.get("problem") instanceof String problem
                ? problem.substring(Math.max(problem.lastIndexOf('/'), problem.lastIndexOf(':')) + 1)
                : "";
        err.println("keypad: " + (warnings ? "warning: " : "") + target + ": " + result.get("detail"));
        ExitCodes.printViolations(ProblemException.violations(result.get("violations")), err);
    }
}
