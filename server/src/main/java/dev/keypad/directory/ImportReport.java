package dev.keypad.directory;

import java.util.List;

/**
 * The outcome of a CSV import.
 *
 * @param errors the failed rows, the first {@link ImportUsers#MAX_REPORTED_ERRORS} of them;
 *               {@code failed} counts them all
 */
public record ImportReport(int created, int updated, int unchanged, int failed, List<RowError> errors) {

    /**
     * @param line the line of the file, counting the header as line 1
     */
    public record RowError(long line, String reason) {
    }
}
