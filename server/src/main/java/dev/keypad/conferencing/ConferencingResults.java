package dev.keypad.conferencing;

import java.util.List;

/** The per-user results of a conferencing operation, with their counts. */
public record ConferencingResults(int changed, int unchanged, int failed, boolean whatIf, List<ConferencingResult> results) {

    static ConferencingResults of(boolean whatIf, List<ConferencingResult> results) {
        int changed = (int) results.stream().filter(r -> r.outcome().equals("changed") || r.outcome().equals("would-change")).count();
        int failed = (int) results.stream().filter(r -> r.outcome().equals("failed")).count();
        return new ConferencingResults(changed, results.size() - changed - failed, failed, whatIf, List.copyOf(results));
    }
}
