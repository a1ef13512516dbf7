package dev.keypad.console;

import java.util.List;

import dev.keypad.pin.PinResult;
import dev.keypad.pin.PinResults;

/**
 * What a bulk action did or would do, cut to what a page can show: the first rows and the
 * failures, with the totals of all targets. Immutable.
 *
 * @param rows     the first results, in the order they were processed
 * @param failures the targets that failed (unknown identities, PINs against the policy), at most as many as rows may be
 * @param total    how many targets there were, failures included
 */
record BulkReport(PinResults results, List<PinResult> rows, List<PinResult> failures, int total) {

    /** Rows of a preview: enough to check the selection, cheap to render. */
    static final int PREVIEW_ROWS = 200;
    /** Rows of a run: a run's results hold generated PINs, shown this once, so more of them are worth the page. */
    static final int RUN_ROWS = 500;

    static BulkReport of(PinResults results, int limit) {
        List<PinResult> all = results.results();
        return new BulkReport(results, all.subList(0, Math.min(limit, all.size())),
                all.stream().filter(result -> result.outcome().equals(PinResult.FAILED)).limit(limit).toList(), all.size());
    }

    public boolean cut() {
        return rows.size() < total;
    }

    public boolean failuresCut() {
        return failures.size() < results.failed();
    }

    public boolean showsPins() {
        return rows.stream().anyMatch(row -> row.pin() != null);
    }

    public boolean showsMail() {
        return rows.stream().anyMatch(row -> row.mail() != null);
    }
}
