package dev.keypad.cli;

import dev.keypad.cli.client.ProblemException;
import dev.keypad.cli.client.ServerUnreachableException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The one place where failures become exit codes and messages on standard error. Scripts rely on these
 * numbers; they are listed in {@code keypad --help}.
 */
public final class ExitCodes {

    public static final int SUCCESS = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int NOT_FOUND = 3;
    public static final int NOT_AUTHORIZED = 4;
    public static final int UNREACHABLE = 5;

    private ExitCodes() {
    }

    /** The exit code a failure ends the command with. */
    public static int of(Throwable failure) {
        if (failure instanceof BadInputException) {
            return USAGE;
        }
        if (failure instanceof ServerUnreachableException) {
            return UNREACHABLE;
        }
        if (failure instanceof ProblemException problem) {
            if (problem.status() == 401 || problem.status() == 403) {
                return NOT_AUTHORIZED;
            }
            return ofProblem(problem.kind());
        }
        return FAILURE;
    }

    /**
     * The exit code of a problem type that came without an HTTP status, as in one failed target's result.
     *
     * @param kind the last segment of the problem type, such as {@code not-found}
     */
    public static int ofProblem(String kind) {
        return kind.equals("not-found") || kind.equals("ambiguous-identity") ? NOT_FOUND : FAILURE;
    }

    /**
     * Prints {@code keypad: <message>} (and, for an ambiguous identity, the users it matched; for a PIN that
     * breaks the policy, each rule it broke).
     */
    public static void print(Throwable failure, String prefix, PrintWriter err) {
        err.println("keypad: " + prefix + message(failure));
        if (failure instanceof ProblemException problem) {
            problem.matches().forEach(match -> err.println("  " + match));
            printViolations(problem.violations(), err);
        }
        err.flush();
    }

    /** One line per broken PIN rule, {@code   code: message}, so that scripts can match the code. */
    public static void printViolations(List<Map<String, Object>> violations, PrintWriter err) {
        for (Map<String, Object> violation : violations) {
            Object message = violation.get("message") != null ? violation.get("message") : violation.get("detail");
            err.println("  " + violation.get("code") + (message == null ? "" : ": " + message));
        }
    }

    /**
     * Our own exceptions carry sentences; anything else (a file the system refused, a bug) is named by its
     * type too, since its message alone may be no more than a path.
     */
    private static String message(Throwable failure) {
        boolean ours = failure instanceof ProblemException || failure instanceof ServerUnreachableException
                || failure instanceof BadInputException || failure instanceof UncheckedIOException;
        if (ours && failure.getMessage() != null) {
            return failure.getMessage();
        }
        return failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    }

    /** Prints the failure and returns its exit code. */
    public static int report(Throwable failure, PrintWriter err) {
        print(failure, "", err);
        return of(failure);
    }
}
