package dev.keypad.cli.pin;

import dev.keypad.cli.BadInputException;
import dev.keypad.cli.Identities;
import dev.keypad.cli.MutatingCommand;
import dev.keypad.cli.Outcomes;
import dev.keypad.cli.Progress;
import dev.keypad.cli.PurposeOption;
import dev.keypad.cli.output.Columns;
import dev.keypad.cli.output.Listing;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code pin set|lock|unlock}: one {@code POST /api/v1/pins/{verb}} per 500 identities, or one for a
 * server-side selection, each chunk's results printed as they arrive.
 *
 * <p>{@code --what-if} is the server's: the same request with {@code "whatIf": true}, whose would-change results
 * are printed. {@code --confirm} asks the server the same what-if first, asks per target, then sends the
 * approved SIP addresses as {@code identities}. Without {@code --force}, a chunk with a failed target is the
 * last one sent. On a terminal, identities in chunks show their progress on standard error.
 */
abstract class PinChangeCommand extends MutatingCommand {

    @Parameters(paramLabel = "IDENTITY", arity = "0..*",
            description = "Users whose PIN to change; '-' reads identities (or JSON objects with an identity field,"
                    + " as 'pin info -o jsonl' prints) from standard input, one per line.")
    private List<String> identities = new ArrayList<>();

    @Mixin
    private PurposeOption purpose;

    @Mixin
    private Selection selection;

    /** {@code set}, {@code lock} or {@code unlock}: the last segment of the path. */
    protected abstract String verb();

    /** What --confirm asks to do, such as "Unlock"; the question goes on "the phone PIN of sip:…?". */
    protected abstract String action();

    protected abstract Columns columns();

    /** Refuses contradicting options before anything is read or sent. */
    protected void validate(Identities targets) {
    }

    /** The request's members besides purpose, targets and whatIf; may read standard input ({@code --pin -}). */
    protected abstract Map<String, Object> options();

    protected String purpose() {
        return purpose.value();
    }

    /** Sees each result as it is printed, before the summary; for notes that follow it. */
    protected void printed(Map<String, Object> result) {
    }

    /** Prints what is to follow the summary line on standard error; nothing by default. */
    protected void afterSummary() {
    }

    @Override
    protected final int mutate() {
        Identities targets = new Identities(identities, environment());
        if (targets.isEmpty() && !selection.isGiven()) {
            throw new BadInputException("name the PINs to " + verb() + ": identities, '-' for standard input, or a"
                    + " selection (--ou, --ldap-filter, --site, --where); there is no implicit 'everyone'");
        }
        if (!targets.isEmpty() && selection.isGiven()) {
            throw new BadInputException("give identities or selection options (--ou, --ldap-filter, --site,"
                    + " --where), not both");
        }
        validate(targets);
        Map<String, Object> options = options();
        Outcomes outcomes = new Outcomes(err(), force() || whatIf());
        // a selection is one request: there is nothing to count until the server answers
        Progress progress = selection.isGiven() ? Progress.silent() : progress("identities done", targets.count());
        try (Listing results = listing(columns()); progress) {
            if (selection.isGiven()) {
                send(Map.of("selection", selection.fields()), options, results, outcomes, progress);
            } else {
                Iterator<List<String>> chunks = targets.chunks(PinCommand.CHUNK).iterator();
                while (chunks.hasNext() && !quitting()) {
                    long failedBefore = outcomes.failed();
                    List<String> chunk = chunks.next();
                    send(Map.of("identities", chunk), options, results, outcomes, progress);
                    progress.advance(chunk.size());
                    if (outcomes.failed() > failedBefore && !force() && !whatIf() && chunks.hasNext()) {
                        progress.close();
                        err().println("keypad: stopped after a failure: the identities after this chunk were not"
                                + " sent; give --force to go on past failures");
                        break;
                    }
                }
            }
        }
        int exitCode = outcomes.finish(whatIf());
        afterSummary();
        err().flush();
        return exitCode;
    }

    /** Sends one chunk or the selection; the progress line is cleared once there is something to print or ask. */
    private void send(Map<String, Object> targets, Map<String, Object> options, Listing results, Outcomes outcomes,
            Progress progress) {
        if (!confirm() || whatIf()) {
            Map<String, Object> answer = post(targets, options, whatIf());
            progress.clear();
            print(answer, results, outcomes);
            return;
        }
        Map<String, Object> wouldChange = post(targets, options, true);
        progress.clear();
        List<String> approved = new ArrayList<>();
        for (Map<String, Object> result : results(wouldChange)) {
            String identity = String.valueOf(result.get("identity"));
            if (!"would-change".equals(result.get("outcome"))) {
                report(result, results, outcomes);
            } else if (approve(action() + " the " + purpose.value() + " PIN of " + identity + "?")) {
                approved.add(identity);
            } else {
                outcomes.declined();
            }
        }
        results.endPage();
        for (int from = 0; from < approved.size(); from += PinCommand.CHUNK) {
            List<String> chunk = approved.subList(from, Math.min(from + PinCommand.CHUNK, approved.size()));
            print(post(Map.of("identities", chunk), options, false), results, outcomes);
        }
    }

    private Map<String, Object> post(Map<String, Object> targets, Map<String, Object> options, boolean whatIf) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("purpose", purpose.value());
        body.putAll(targets);
        body.putAll(options);
        body.put("whatIf", whatIf);
        return client().send("POST", "/pins/" + verb(), body);
    }

    private void print(Map<String, Object> answer, Listing results, Outcomes outcomes) {
        for (Map<String, Object> result : results(answer)) {
            report(result, results, outcomes);
        }
        results.endPage();
    }

    private void report(Map<String, Object> result, Listing results, Outcomes outcomes) {
        results.add(record(result));
        outcomes.add(result);
        printed(result);
    }

    /**
     * One target's result under the keys scripts rely on (identity, purpose, pin, outcome, detail), then the
     * server's other members as they are; {@code pin} only when the server generated one, shown this once.
     */
    private Map<String, Object> record(Map<String, Object> result) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("identity", result.get("identity"));
        record.put("purpose", result.get("purpose") != null ? result.get("purpose") : purpose.value());
        if (result.get("pin") != null) {
            record.put("pin", result.get("pin"));
        }
        record.put("outcome", result.get("outcome"));
        record.put("detail", result.get("detail"));
        result.forEach((member, value) -> {
            if (!member.equals("pin")) {
                record.putIfAbsent(member, value);
            }
        });
        return record;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> results(Map<String, Object> answer) {
        if (answer.get("results") instanceof List<?> results) {
            return (List<Map<String, Object>>) results;
        }
        return List.of();
    }
}
