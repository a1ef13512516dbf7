package dev.keypad.cli;

import java.net.URI;
import java.util.Locale;
import picocli.CommandLine.Option;
import tools.jackson.jr.ob.JSON;

/**
 * A command that changes something on the server, with {@code --what-if}, {@code --confirm} and
 * {@code --force} as SPEC §4 asks of every mutating operation.
 */
public abstract class MutatingCommand extends KeypadSubcommand {

    @Option(names = "--what-if", description = "Show what would change, and change nothing.")
    private boolean whatIf;

    @Option(names = "--confirm", description = "Ask before each change: [y]es, yes to [a]ll, [n]o, no to al[l]. Needs a terminal.")
    private boolean confirm;

    @Option(names = "--force", description = "Ask nothing; a target that fails is a warning and the others go on.")
    private boolean force;

    /** The answers to {@code --confirm}, as PowerShell's -Confirm offers them. */
    static final String CHOICES = "[y]es/yes to [a]ll/[n]o/no to al[l]: ";

    private boolean yesToAll;
    /** Set when the person answered no to all: the remaining targets are left alone. */
    private boolean quit;

    @Override
    protected final int run() throws Exception {
        if (confirm && force) {
            throw new BadInputException("--confirm and --force contradict each other; give one of them");
        }
        if (confirm && !whatIf && environment().console().isEmpty()) {
            throw new BadInputException("--confirm needs a terminal to ask on, and there is none;"
                    + " use --what-if to see what would change, or --force");
        }
        return mutate();
    }

    protected abstract int mutate() throws Exception;

    protected boolean whatIf() {
        return whatIf;
    }

    protected boolean force() {
        return force;
    }

    protected boolean confirm() {
        return confirm;
    }

    /** True once the person answered no to all: nothing more is to be asked or changed. */
    protected boolean quitting() {
        return quit;
    }

    /**
     * Decides whether one change is made: with {@code --what-if} it prints the request instead, with
     * {@code --confirm} it asks first.
     *
     * @param question what is asked with {@code --confirm}, such as "Remove sip:ken@example.com?"
     * @param body the JSON body that would be sent, or a description of it; null for none
     * @return true when the request should be sent now
     */
    protected boolean proceed(String question, String method, URI uri, Object body) {
        if (quit) {
            return false;
        }
        if (whatIf) {
            out().println("What if: " + method + " " + uri);
            if (body instanceof String description) {
                out().println(description);
            } else if (body != null) {
                out().println(JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(body));
            }
            return false;
        }
        return approve(question);
    }

    /**
     * Asks about one change when {@code --confirm} is given (unless the answer was yes to all already); without it,
     * every change is approved. For commands whose what-if is the server's, which print nothing here.
     *
     * @param question such as "Unlock the phone PIN of sip:ken@example.com?"; shown as is, so no secret in it
     */
    protected boolean approve(String question) {
        if (quit) {
            return false;
        }
        return !confirm || yesToAll || ask(question);
    }

    private boolean ask(String question) {
        Prompt terminal = environment().console().orElseThrow();
        while (true) {
            String answer = terminal.ask(question + " " + CHOICES);
            switch (answer == null ? "q" : answer.strip().toLowerCase(Locale.ROOT)) {
                case "y", "yes" -> {
                    return true;
                }
                case "n", "no" -> {
                    return false;
                }
                case "a", "all", "yes to all" -> {
                    yesToAll = true;
                    return true;
                }
                case "l", "no to all", "q", "quit" -> {
                    quit = true;
                    return false;
                }
                default -> {
                    // asks again: a typo must not count as an answer either way
                }
            }
        }
    }
}
