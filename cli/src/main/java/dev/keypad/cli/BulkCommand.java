package dev.keypad.cli;

import dev.keypad.cli.output.Columns;
import dev.keypad.cli.output.Listing;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A command that changes many targets through an API the server runs as one set operation with its own what-if
 * ({@code pin set|lock|unlock}, {@code conferencing user enable|disable|set}): one {@code POST} per
 * {@value #CHUNK} identities, or one for a server-side selection, each chunk's results printed as they arrive.
 *
 * <p>{@code --what-if} is the server's: the same request with {@code "whatIf": true}, whose would-change results
 * are printed. {@code --confirm} asks the server the same what-if first, asks per target, then sends the
 * approved SIP addresses as {@code identities}. Without {@code --force}, a chunk with a failed target is the
 * last one sent. On a terminal, identities in chunks show their progress on standard error. The summary line
 * ({@link Outcomes}) ends standard error and decides the exit code.
 */
public abstract class BulkCommand extends MutatingCommand {

    /** Identities per POST: large enough for few round trips, small enough that no request or answer is huge. */
    public static final int CHUNK = 500;

    /**
     * The identities to act on, refusing a command without targets or with contradicting ones; called first,
     * before anything is read or sent.
     */
    protected abstract Identities targets();

    /** A server-side selection to act on instead of identities (see {@link #targets()}); empty for none. */
    protected Map<String, Object> selection() {
        return Map.of();
    }

    /** Refuses contradicting options before anything is read or sent. */
    protected void validate(Identities targets) {
    }

    /** The API path that is posted to, such as {@code /pins/set}. */
    protected abstract String path();

    /** The request's members besides targets and whatIf; may read standard input ({@code --pin -}). */
    protected abstract Map<String, Object> request();

    /** What {@code --confirm} asks about one target that would change, such as "Unlock the phone PIN of sip:…?". */
    protected abstract String question(String identity);

    protected abstract Columns columns();

    /** One target's result as it is printed; the server's object as it is by default. */
    protected Map<String, Object> record(Map<String, Object> result) {
        return result;
    }

    /** Sees each result as it is printed, before the summary; for notes that follow it. */
    protected void printed(Map<String, Object> result) {
    }

    /** Prints what is to follow the summary line on standard error; nothing by default. */
    protected void afterSummary() {
    }

    @Override
    protected final int mutate() {
        Identities targets = targets();
        Map<String, Object> selection = selection();
        validate(targets);
        Map<String, Object> request = request();
        Outcomes outcomes = new Outcomes(err(), force() || whatIf());
        // a selection is one request: there is nothing to count until the server answers
        Progress progress = selection.isEmpty() ? progress("identities done", targets.count()) : Progress.silent();
        try (Listing results = listing(columns()); progress) {
            if (!selection.isEmpty()) {
                send(Map.of("selection", selection), request, results, outcomes, progress);
            } else {
                Iterator<List<String>> chunks = targets.chunks(CHUNK).iterator();
                while (chunks.hasNext() && !quitting()) {
                    long failedBefore = outcomes.failed();
                    List<String> chunk = chunks.next();
                    send(Map.of("identities", chunk), request, results, outcomes, progress);
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
    private void send(Map<String, Object> targets, Map<String, Object> request, Listing results, Outcomes outcomes,
            Progress progress) {
        if (!confirm() || whatIf()) {
            Map<String, Object> answer = post(targets, request, whatIf());
            progress.clear();
            print(answer, results, outcomes);
            return;
        }
        Map<String, Object> wouldChange = post(targets, request, true);
        progress.clear();
        List<String> approved = new ArrayList<>();
        for (Map<String, Object> result : results(wouldChange)) {
            String identity = String.valueOf(result.get("identity"));
            if (!"would-change".equals(result.get("outcome"))) {
                report(result, results, outcomes);
            } else if (approve(question(identity))) {
                approved.add(identity);
            } else {
                outcomes.declined();
            }
        }
        results.endPage();
        for (int from = 0; from < approved.size(); from += CHUNK) {
            List<String> chunk = approved.subList(from, Math.min(from + CHUNK, approved.size()));
            print(post(Map.of("identities", chunk), request, false), results, outcomes);
        }
    }

    private Map<String, Object> post(Map<String, Object> targets, Map<String, Object> request, boolean whatIf) {
        Map<String, Object> body = new LinkedHashMap<>(request);
        body.putAll(targets);
        body.put("whatIf", whatIf);
        return client().send("POST", path(), body);
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

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> results(Map<String, Object> answer) {
        if (answer.get("results") instanceof List<?> results) {
            return (List<Map<String, Object>>) results;
        }
        return List.of();
    }
}
